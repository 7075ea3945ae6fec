# checks that genpy runs this program (sorting, from the first differential-testing corpus) exactly as CPython 3.11 does
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted([3, -1, 2, -5], key=abs), sorted(["b", "A", "c"], key=str.lower))
l = [5, 2, 8]; r = l.sort(); print(r, l)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: sorted([None, 1])
except TypeError as e: print(e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, None), (0, None)]))
print(sorted({"b": 1, "a": 2}.items()), sorted(range(5), key=lambda x: x % 2))
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
print(sorted([0.5, -0.0, 0.0, 1, True, False]))
