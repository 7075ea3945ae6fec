# checks that many live generators keep separate state and big ints flow through them
def powers(base):
    value = 1
    while True:
        yield value
        value *= base


gens = [powers(b) for b in range(2, 7)]
for _ in range(3):
    print([next(g) for g in gens])
p = powers(3)
for _ in range(100):
    last = next(p)
print(last)
total = 0
for g in (powers(2) for _ in range(1000)):
    total += next(g) + next(g)
print(total)
