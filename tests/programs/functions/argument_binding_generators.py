# checks that a generator function's arguments are bound at call time but its body runs later
def gen(a, b=2, *rest, key="k", **extra):
    print("body starts", a, b, rest, key, extra)
    yield a + b
    yield len(rest) + len(extra)


print("calling")
g = gen(1, 3, 5, 6, key="z", q=1)
print("called, nothing printed by the body yet")
print(next(g))
print(next(g))
try:
    gen()
except TypeError as e:
    print("TypeError at call time:", e)
