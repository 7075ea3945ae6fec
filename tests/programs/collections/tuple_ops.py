# checks that genpy runs this program (tuple_ops, from the first differential-testing corpus) exactly as CPython 3.11 does
t = (3, 1, 2)
print(sorted(t), t + (4,), t * 2, len(t), t[0], t[-1], t[1:], max(t), t.index(2), t.count(3), 1 in t)
a, b, c = t; print(a, b, c)
print(tuple(), (), (1,), tuple("ab"), tuple(range(3)), (1, 2) < (1, 2, 0), (2,) > (1, 9))
try: t[0] = 9
except TypeError as e: print(e)
try: t.append(1)
except AttributeError as e: print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)], ((1, 2), (3, 4))[1][0])
nt = ((1, "a"), (2, "b"))
print(dict(nt), [x for x, _ in nt], list(zip(*nt)))
x = 1, 2; y = 1,; print(x, y, type(y).__name__)
