# checks that tuple/list unpacking, nested and starred targets, and swaps work
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "hello"
print(h, mid, t)
p, *q = [9]
print(p, q)
x = y = z = 0
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)


def pairs():
    yield 1, "one"
    yield 2, "two"


for num, word in pairs():
    print(num, word)
m, n = pairs()
print(m, n)
print([*range(3), *"ab"], (*[1, 2], 3))
print({**{"a": 1}, "b": 2})
