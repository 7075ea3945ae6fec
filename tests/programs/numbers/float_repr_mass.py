# checks that genpy runs this program (float_repr_mass, from the first differential-testing corpus) exactly as CPython 3.11 does
# many float reprs from deterministic arithmetic
out = []
x = 0.1
for i in range(1, 400):
    x = (x * 1.37 + i / 13) % 1000.0
    v = x * 10.0 ** ((i % 41) - 20)
    out.append(repr(v))
    out.append(str(v + 1e15))
    out.append(repr(i / 3.0 + 1e14))
for i in range(1, 200):
    out.append(repr(i * 0.1))
    out.append(repr(float(i) / 7))
    out.append(repr(2.0 ** -i))
    out.append(repr(1.0 / i ** 3))
bad = 0
for s in out:
    print(s)
for s in out:
    if float(s) != float(repr(float(s))): bad += 1
print("roundtrip bad", bad)
