# checks that genpy runs this program (sort_stability, from the second differential-testing corpus) exactly as CPython 3.11 does
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1]))
x = list(range(10))
x.sort(key=lambda v: v % 3, reverse=True)
print(x)
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), max(words, key=len), min(words, key=len))
print(sorted([3.5, 1, 2.25, -1, True, False]), sorted("Hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
try:
    [3, 1, 2].sort(lambda a: a)
except TypeError as e:
    print("TypeError")
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([k.v for k in sorted([K(2), K(1), K(3)], reverse=True)])
