# checks min/max with key and default, over generators, and sum with a start
words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(3, 9, 2), min(3, 9, 2), max([1, 5], [2]), min("b", "a"))
print(max([], default="empty"), min((x for x in []), default=None))
print(max((x % 7 for x in range(20))), min(-x for x in range(5)))
print(max([("a", 2), ("b", 9), ("c", 4)], key=lambda p: p[1]))
print(sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum((x for x in range(5)), 100), sum([]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError:", e)
