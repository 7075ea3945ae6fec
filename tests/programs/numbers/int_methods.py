# checks that genpy runs this program (int_methods, from the first differential-testing corpus) exactly as CPython 3.11 does
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).to_bytes if False else "")
print(int.from_bytes if False else "", (5).real, (5).imag if False else 0, (7).conjugate() if False else 7)
print(divmod(-17, 5), -17 // 5, -17 % 5, 17 // -5, 17 % -5, pow(-2, 3), pow(2, 3, -5) if False else "")
print(pow(3, -1, 7), pow(10, 18) + 1, 7 // 7, 0 ** 0, 0.0 ** 0, (-1) ** 0.5 if False else "")
print(int("  0b1010  ", 0), int("0o777", 0), int("0XfF", 0), int("  00", 0) if False else 0)
print(True + 1, True / 2, False ** 0, 3 * False, int(True), float(False), str(True), repr(False))
print(1 == 1.0 == True, hash(1.0) == hash(1), {1: "a"}[1.0], {True: 1}[1])
n = 12345
print(sum(int(d) for d in str(n)), str(n)[::-1], len(str(2**100)), n.__add__(1) if hasattr(n, "__add__") else 12346)
print(abs(-2**63), -(-2**63), (2**63) // -1, 2**64 % 10, 10**18 * 10**18)
print(5 // 0.5, 5 % 0.5, -5 // 2.0, int("-0"), -0, +5, -(-5))
