# checks generators consuming other generators, each keeping its own state
def numbers():
    for i in range(1, 6):
        print("numbers ->", i)
        yield i


def pairs(gen):
    while True:
        try:
            a = next(gen)
            b = next(gen)
        except StopIteration:
            print("pairs: source exhausted")
            return
        yield a, b


def sums(gen):
    for a, b in gen:
        yield a + b


for s in sums(pairs(numbers())):
    print("sum", s)


def outer():
    def inner(k):
        for j in range(k):
            yield j
    for k in range(1, 4):
        yield list(inner(k))


print(list(outer()))
