# checks that genpy runs this program (floats_repr, from the first differential-testing corpus) exactly as CPython 3.11 does
for v in [0.1, 0.1 + 0.2, 1/3, 1e16, 1e15, 1e-7, 1e-5, 0.0001, 123456789.0, 1e22, 1.5e300 * 1e10, -0.0, 2.0**53, 2.0**63, 100.0, 1e100, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v))
print(float("inf") - float("inf"), -float("inf"))
print(0.1 * 3, 3 * 0.1, 1 - 0.9, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 % 2, -7.5 % 2, 2 ** 0.5)
print(1 / 3 * 3, 10 / 5, 2 ** -2, 10 ** 20, 10.0 ** 20, 4 ** 0.5)
print(round(0.125, 2), round(0.375, 2), round(-0.5), round(1e300), round(2.5, 1), round(1.05, 1))
print(int(1e20), float(10**20), float(2**100), 10**30 / 3)
print(3.0 == 3, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1e308 * 10)
print(f"{-0.0}", f"{1e16}", f"{1e-7:f}", format(1e16, ".0f"), format(0.1, ".20f"))
print(str(1.0e-4), str(12345678901234567890.0), 1.0.is_integer())
