# checks str conversions: str() and repr() of ints, floats, lists, and str.format-free building
n = 255
print(str(n) + "!", repr(n), str(-0.5), str(10 ** 20))
print(int("42"), int("-7"), int("  8 "), int("ff", 16), int("0b101", 0), int("1_000"))
print("x".join(str(i) for i in range(4)))
parts = []
for word in ["gen", "py", "rocks"]:
    parts.append(word.upper())
print(" ".join(parts))
print("abc".upper().lower().replace("b", "B"))
print("a" in "abc", str(None), str(True), repr([None]))
