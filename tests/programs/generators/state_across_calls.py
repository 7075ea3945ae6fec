# checks that locals, loop state and arguments survive between resumptions
def accumulate(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total, count, total / count


g = accumulate([10, 20, 30, 40])
print(next(g))
print("something else happens in between")
print(next(g))
x = [next(g), next(g)]
print(x)


def two_independent():
    a = gen_letters()
    b = gen_letters()
    print(next(a), next(a), next(b), next(a), next(b))


def gen_letters():
    for ch in "abc":
        yield ch


two_independent()


def half_evaluated():
    # the list being built stays on the value stack across yields
    return [(yield 1), (yield 2), (yield 3)]


h = half_evaluated()
print(next(h), h.send("a"), h.send("b"))
try:
    h.send("c")
except StopIteration as e:
    print("returned", e.value)
