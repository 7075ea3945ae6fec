# checks that genpy runs this program (list_ops_variety, from the second differential-testing corpus) exactly as CPython 3.11 does
a = [5, 3, 8, 1, 9, 2]
b = a[:]
b.sort()
print(a, b, sorted(a, reverse=True), a[::2], a[::-2], a[1:-1], a[-100:100], a[4:1], a[4:1:-1])
a[1:3] = ["x", "y", "z"]
print(a)
del a[::2]
print(a)
a.extend(range(3)); a.insert(0, "first"); a.insert(-1, "pen"); a.insert(100, "last")
print(a, a.index("first"), a.count(0))
a.remove("pen")
print(a.pop(), a.pop(0), a)
c = [[1, 2]] * 3
c[0].append(3)
print(c, [1, 2] * 2, [1] + [2], 3 * [None])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[1]] == [[1]])
l = list(range(10))
l[2:8:2] = [0, 0, 0]
print(l, l.copy() is l, l.reverse(), l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("abc", 1)), list(zip(*[(1, "a"), (2, "b")])), list(map(len, ["a", "bb"])))
