# checks that genpy runs this program (tuple_unpack, from the second differential-testing corpus) exactly as CPython 3.11 does
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *_ = "hello"
*_, last = "hello"
print(first, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
t = (1, 2, 3)
print(t + (4,), t * 2, t.index(2), t.count(3), t[::-1], (1,) < (1, 0), tuple("ab"), tuple())
swap = lambda p: p[::-1]
print(swap((1, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]), min([(3, 1), (1, 5)]))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    x, = []
except ValueError as e:
    print(e)
n = {"k": [1, (2, 3)]}
[p, (q, r)] = n["k"]
print(p, q, r)
