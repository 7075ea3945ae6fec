# checks that genpy runs this program (round_half_even, from the first differential-testing corpus) exactly as CPython 3.11 does
print([round(x + 0.5) for x in range(-4, 5)])
print([round(x / 10, 0) for x in range(-25, 26, 5)])
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(2.665, 2), round(1.115, 2), round(0.045, 2), round(1.25, 1), round(1.35, 1))
print(round(1e20, 2), round(123, 1), round(-123.456, -2), round(1.5, None) if True else "")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.135:.2f} {2.5:.0e}")
print(type(round(1.5)), type(round(1.5, 0)), type(round(3, -1)))
