# checks that genpy runs this program (gen_expr_pipeline, from the second differential-testing corpus) exactly as CPython 3.11 does
nums = range(1, 1001)
sq = (n * n for n in nums)
odd = (s for s in sq if s % 2)
small = (o for o in odd if o < 500)
print(list(small))
print(sum(x for x in range(10)), max((len(w), w) for w in "a bb ccc dd".split()), any(x > 5 for x in [1, 9]), all([]))
g = (i for i in range(3))
print(list(g), list(g))
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row), sorted((b, a) for a, b in {"x": 2, "y": 1}.items()))
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(c.upper() for c in "aab") == {"A", "B"}, tuple(i for i in "xy"))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def lazy_err():
    return (1 // 0 for _ in range(1))
g = lazy_err()
print("created lazily")
try:
    next(g)
except ZeroDivisionError:
    print("raised on next")
