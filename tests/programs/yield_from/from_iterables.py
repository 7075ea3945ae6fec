# checks yield from over a list, range, str, tuple, dict and genexp, lazily
def chained():
    print("start")
    yield from [1, 2]
    print("list done")
    yield from range(3, 5)
    print("range done")
    yield from "ab"
    yield from (10, 20)
    yield from {"k1": 1, "k2": 2}
    yield from (x * x for x in range(3))
    print("all done")


g = chained()
print(next(g))
print(next(g))
print(next(g))
print(list(g))
