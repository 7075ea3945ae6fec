# checks that genpy runs this program (float_edge, from the first differential-testing corpus) exactly as CPython 3.11 does
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1e16, 1e-7, -0.0, 1/7]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), "%.1f" % v, "%.2f" % v, f"{v:.0e}", str(v * 3))
print(1e16 + 1, 1e15 + 0.3, 9007199254740993.0, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1)
print(float("1e500"), float("-1e500"), 1e308 + 1e308, -1e308 * 10, 1e-320, 2.2250738585072014e-308)
inf = float("inf"); nan = float("nan")
print(inf > 1e308, -inf < 0, inf == inf, nan != nan, nan < 1, inf * 0, inf - inf, [nan] == [nan])
print(round(inf) if False else "", max(1, nan), min(nan, 1), sorted([3, nan, 1])[1:] if False else "")
print(-0.0 == 0.0, str(-0.0), repr(-0.0 * 1), 0.0 * -1, abs(-0.0), -0.0 + 0.0, round(-0.4))
print(3 / 2, 3 // 2, 3.0 // 2, -3.0 // 2, 3 % 2.5, -1 % 5.0, 2 ** 0.5 * 2 ** 0.5, 10 / 3)
print(7.0 // 0.1, 7.0 % 0.1, divmod(1.0, 0.1), 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3)
print(float(123456789012345678), float(2**1023) * 2, int(1.9999999999999999), 1e23, 8.5e22)
print(100.0, 1e2, 1.0e0, 12345678.0, 1234567890123456.0, 12345678901234567.0, 0.000001, 0.0000001)
print(f"{0.1:.17f} {1/3:.30f} {2**0.5:.50f}"[:80])
print(round(1e16 / 3), round(2.5, -1), round(15, -1), round(25, -1), round(-25, -1), round(14.5), round(1234.5678, -2))
