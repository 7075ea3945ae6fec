# checks tuples and ranges: indexing, count/index, len, membership, equality and repr
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t.count(2), t.index(3))
print((1,), (), tuple("ab"), (1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) == (1, 2), 2 in t)
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1])
print(9 in r, 10 in r, range(5) == range(0, 5))
print(list(range(5, 0, -1)), list(range(0)), len(range(0, 100, 7)))
print(range(10).index(4), range(1, 10, 2).count(3))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)


def from_range():
    yield from range(3, 0, -1)


print(tuple(from_range()))
