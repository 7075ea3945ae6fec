# checks sets of small ints: add, discard, union, intersection, membership and printing
s = {3, 1, 2}
print(s, len(s))
s.add(5)
s.add(1)
print(s)
s.discard(2)
s.discard(42)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b))
print(a | b, a & b, a - b)
print(3 in a, 7 in a, set(), set([2, 2, 1]))
print(sorted(a ^ b), {1, 2} == {2, 1}, {1} < {1, 2})


def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n


print(set(evens(10)))
print({x // 3 for x in range(12)})
