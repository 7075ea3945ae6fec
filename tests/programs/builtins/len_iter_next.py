# checks len, iter and next with and without a default on lists, strings and generators
print(len([1, 2]), len("abc"), len((1,)), len({1: 2}), len(set()), len(range(3, 9)))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration without default")


def gen():
    yield "only"


g = gen()
print(next(g, "x"), next(g, "x"), next(g, "x"))
s = iter("hi")
print(next(s), next(s), next(s, "end"))
try:
    len(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
