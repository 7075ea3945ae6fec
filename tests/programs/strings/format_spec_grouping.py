# The format-spec mini-language for ints, bools, floats and strs: fill, align,
# sign, zero padding (grouped with , or _ as CPython groups the zeros too), bases,
# and the messages of bad specs naming the type.
for v in [0, 7, -42, 255, 10**20, -10**20, True]:
    for spec in ["", "05d", ">8", "<8", "^9", "=+8", "x", "#X", "#b", "o", ",", "_x", "*^11,", "+", " ", "08.2f", "e", "%", "c" if isinstance(v, int) and 0 <= v < 300 else "d", "é>6", "010_"]:
        try:
            print(repr(format(v, spec)), end=" ")
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e, end=" ")
    print()
for spec in ["5.", ".", "1234567890123456789012", "5.3x", "dd", "<<<"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError", e)
print(f"{'ab':^6}|{'ab':*<4}|{'abc':.2}|{3.14159:10.3f}|{-0.5:+.1%}")
for v in [1234.5, -1234.5, 0.5, float("inf"), float("nan"), 1e20]:
    for spec in ["012,.1f", "015_.3f", "0=12,.1f", "*>12,.1f", "012,", "020,e", "011,%"]:
        try:
            print(repr(format(v, spec)), end=" ")
        except ValueError as e:
            print("ValueError", e, end=" ")
    print()
for v, spec in [(True, "dd"), (True, "y"), (1.5, "ff"), (7, "05,"), (7, "04,"), (-7, "06,"), (255, "#012_x"), (255, "#011_b")]:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print("ValueError", e)
