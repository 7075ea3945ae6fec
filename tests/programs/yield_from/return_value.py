# checks that the subgenerator's return value becomes the value of the yield from expression
def sub(n):
    for i in range(n):
        yield i
    return f"sub({n}) done"


def main():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(0)
    print("r2 =", r2)
    r3 = yield from [7, 8]
    print("r3 from a list =", r3)
    return r1, r2


g = main()
print(list(g))


def summing():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


def collector(results):
    while True:
        results.append((yield from summing()))


results = []
c = collector(results)
next(c)
for v in [1, 2, None, 10, None]:
    c.send(v)
print(results)
