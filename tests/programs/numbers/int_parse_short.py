# int() of short decimal strings (the small fast path) and the strings next to it
# that must still take the general path: 18 and 19 digits, signs, spaces,
# underscores, prefixes, and the errors.
for s in ["0", "7", "-0", "+42", "  -12  ", "\t9\n", "007", "123456789012345678",
          "999999999999999999", "-999999999999999999", "1234567890123456789",
          "9223372036854775807", "9223372036854775808", "-9223372036854775809",
          "1_000"]:
    print(repr(s), int(s))
for s, b in [("0x-1", 16), ("-0x-1", 0)]:
    try:
        int(s, b)
    except ValueError as e:
        print(e)
print(int("0x1f", 0), int("0o17", 0), int("11", 2), int("z", 36), int("10", 16))
for s in ["", " ", "-", "+", "1 2", "1__0", "_1", "1_", "12a", "--1", "+-1", "-+1", "1.5"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
total = 0
for line in ["10 20 30", "4 5 6"]:
    total += sum(int(w) for w in line.split())
print(total)
