# heapq.merge is lazy: it reads one item from each input up front, then one more
# from an input only after yielding that input's previous item. With key and
# reverse, and ties going to the earlier input.
import heapq


def source(name, items):
    for x in items:
        print(f"  {name} gives {x}")
        yield x
    print(f"  {name} is done")


m = heapq.merge(source("a", [1, 4, 7]), source("b", [2, 5]), source("c", [3, 6, 9, 10]))
print("created", type(m).__name__)
for x in m:
    print("merged", x)

print("--- early stop")
m = heapq.merge(source("a", [1, 3]), source("b", [2, 4]))
print(next(m))
print(next(m))
m.close()
print("closed")

print("--- reverse")
for x in heapq.merge(source("a", [9, 5, 1]), source("b", [8, 5, 2]), reverse=True):
    print("merged", x)

print("--- key")
a = [("x", 1), ("y", 3), ("z", 3)]
b = [("p", 1), ("q", 2), ("r", 3)]
print(list(heapq.merge(a, b, key=lambda t: t[1])))
print(list(heapq.merge(b, a, key=lambda t: t[1])))
print(list(heapq.merge(reversed(a), reversed(b), key=lambda t: t[1], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana", "cherry"], key=len)))

print("--- edge cases")
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1], [])))
print(list(heapq.merge([1, 1], [1], [0, 1])))
print(list(heapq.merge(range(0, 10, 3), range(1, 10, 3), range(2, 10, 3))))
print("".join(heapq.merge("adg", "beh", "cfi")))


def numbers(name, start, step):
    n = start
    while True:
        print(f"  {name} -> {n}")
        yield n
        n += step


m = heapq.merge(numbers("odd", 1, 2), numbers("even", 0, 2), numbers("tens", 0, 10))
print([next(m) for _ in range(8)])
