# checks sorted with key and reverse (stable), reversed on lists, ranges and strings
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("generator"), sorted({3: 0, 1: 0}), sorted(x * -1 for x in range(4)))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("abc")))
r = reversed([1, 2, 3])
print(next(r), list(r))
lst = [5, 2, 8]
s = sorted(lst)
print(lst, s, s is lst)
print(sorted(["b", "A", "c"], key=str.lower))
