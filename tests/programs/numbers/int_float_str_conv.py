# checks that genpy runs this program (int_float_str_conv, from the first differential-testing corpus) exactly as CPython 3.11 does
for v in [1, -1, 0, 3.0, 3.5, -2.5, 1e10, 1.5e-5, "7"]:
    try:
        print(repr(v), int(v), float(v), str(v), bool(v))
    except (ValueError, TypeError) as e:
        print(repr(v), "err", e)
print(str(10**25), float("  3.25  "), int(" 10 "), int("-0x10", 16), str(2.0 ** 70), float(2 ** 70))
print(int(2.5e18), int(-1e19), int(1e19) == 10**19, float(10**16 + 1))
