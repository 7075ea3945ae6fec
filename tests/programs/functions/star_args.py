# checks *args and **kwargs collection and unpacking at call sites
def f(*args, **kwargs):
    print("args", args, "kwargs", kwargs)


f()
f(1, 2)
f(a=1, b=2)
f(1, *[2, 3], x=4, **{"y": 5})


def g(a, b, c):
    return a + b + c


nums = [1, 2, 3]
print(g(*nums))
print(g(**{"a": 1, "b": 10, "c": 100}))
print(g(1, *(2,), **{"c": 3}))


def gen():
    yield 1
    yield 2
    yield 3


print(g(*gen()))


def total(first, *rest):
    for r in rest:
        first += r
    return first


print(total(1), total(1, 2, 3, 4))
