# checks that genpy runs this program (num_base_conv, from the second differential-testing corpus) exactly as CPython 3.11 does
DIG = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIG[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 10 ** 20, 36 ** 5 - 1]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(s, b) == n for s, b in zip(row, (2, 8, 16, 36)))
    print(n, row)
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        q, n = divmod(n, v)
        out += s * q
    return out
print([roman(x) for x in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(int("  42  "), int("-0x1f", 16), int("z", 36), int("1_000"), int("0o17", 0), ord("A"), chr(9731), chr(65 + 25))
for s in ["12a", "", "1.5", "0x10", " - 5"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
