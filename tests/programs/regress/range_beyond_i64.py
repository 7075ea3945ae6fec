# Ranges whose bounds do not fit an i64 iterate, index, slice, reverse and test
# membership as in CPython; only len() past sys.maxsize is an OverflowError.
r = range(10**20)
print(r, r[5], r[-1], 10**19 in r, -1 in r, 10**20 in r, r[10**19:10**19+3], r.start, r.stop, r.step)
for i in range(10**20, 10**20+2): print(i)
print(list(range(0, 10**20, 10**18))[:3], len(range(0, 10**20, 10**18)))
print(range(10**20, 0, -10**19), list(range(10**20, 0, -3*10**19)))
print(r[::-1][:2], r[::10**19], list(r[::10**19]), r[-3:], list(r[-3:]))
print(type(r) is range, isinstance(r, range), type(iter(r)).__name__)
print(1.0 in range(2**64), range(2**64)[2**63], list(range(2**63 - 2, 2**63 + 1)))
for e in ["len(r)", "r[10**20]", "r['a']", "range(1, 10**20, 0)", "r[::0]"]:
    try: print(eval(e))
    except Exception as x: print(e, type(x).__name__, x)
it = iter(range(2**64, 2**64 + 2))
print(next(it), next(it), next(it, 'done'))
print(sum(range(10**20, 10**20 + 5)), min(range(10**20, 10**20 + 5)))
print(len(range(2**63, 2**63 + 5)), bool(range(2**63, 2**63 + 5)))
print(range(10**20) == range(10**20), range(10**20) != range(0, 10**20, 2), range(10**20, 0) == range(10**21, 5), range(10**20) == range(5))
print(next(reversed(range(10**20))), list(reversed(range(10**20, 10**20+3))), list(reversed(range(10, 0, -3))), list(reversed(range(5))), list(reversed(range(0))))
print(list(reversed(range(1, 2**63-1, 2**62))), next(reversed(range(10**18))), list(reversed(range(-2**63, -2**63+2))), type(reversed(range(3))).__name__)
wide = range(-2**63, 2**63 - 1)
print(wide, wide[-1], 5 in wide, wide[2**63:2**63 + 2], list(reversed(wide[:2])))
try:
    len(wide)
except OverflowError as e:
    print("len(wide)", e)
