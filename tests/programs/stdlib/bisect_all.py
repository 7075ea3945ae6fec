# bisect: left and right positions with lo, hi and key; insort keeps lists sorted;
# the classic grade table and a sorted index of records.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 5), bisect_right(a, 2, 0, 2), bisect_right(a, 8, 0, 3))
print(bisect_left(a, 2, lo=4, hi=6), bisect_right(a, 5, hi=4), bisect_left([], 3), bisect_right([], 3))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

records = [("ann", 19), ("bob", 23), ("cy", 23), ("di", 31), ("ed", 42)]
age = lambda r: r[1]
print(bisect_left(records, 23, key=age), bisect_right(records, 23, key=age))
print(bisect_left(records, 30, key=age), bisect_right(records, 50, key=age), bisect_left(records, 0, key=age))
print(bisect_right(records, 23, 3, key=age), bisect_left(records, 23, 0, 1, key=age))
insort(records, ("fay", 23), key=age)
insort_left(records, ("gus", 23), key=age)
insort_right(records, ("hal", 0), key=age)
insort_left(records, ("ivy", 99), key=age)
print(records)

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(s, x)
print(s)
t = []
for x in [3, 1.0, 1, 3.0, 2, 1]:
    insort_left(t, x)
print(t)
u = []
for x in [3, 1.0, 1, 3.0, 2, 1]:
    insort_right(u, x)
print(u)
v = [0, 10]
insort(v, 5, 0, 1)
insort_left(v, 7, 2)
print(v)
words = ["apple", "fig", "kiwi", "banana"]
words.sort(key=len)
insort(words, "plum", key=len)
insort_left(words, "date", key=len)
print(words)

for f in [lambda: bisect_left(a, 1, -1), lambda: insort([1], 2, -5), lambda: bisect_right([1, "x"], 2),
          lambda: bisect_left(a, 1, 0, 100)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
