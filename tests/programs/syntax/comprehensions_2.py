# checks that genpy runs this program (comprehensions, from the first differential-testing corpus) exactly as CPython 3.11 does
print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
print([[j for j in range(i)] for i in range(4)])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [v for row in m for v in row])
x = 10
print([x for x in range(3)], x)
print([(i, c) for i, c in enumerate("ab")])
g = (x for x in range(3))
print(type(g).__name__, sum(g), sum(g))
print([y for y in (z * 2 for z in range(4)) if y])
print(dict((k, v) for k, v in [("a", 1)]))
print(sorted({c for c in "hello"}), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
print([i for i in range(10) if i % 2 if i % 3])
print([a + b for a, b in [(1, 2), (3, 4)]])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
