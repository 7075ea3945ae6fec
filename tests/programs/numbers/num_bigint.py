# checks that genpy runs this program (num_bigint, from the second differential-testing corpus) exactly as CPython 3.11 does
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"), f100 % 1000000007)
print(2 ** 200, -(2 ** 100) // 3, -(2 ** 100) % 7, divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print(pow(3, 10 ** 18, 10 ** 9 + 7), (1 << 100) >> 98, (2 ** 64 - 1) & 0xFFFF0000, ~(2 ** 70), -(2**65) >> 3)
print(int("1" * 40) * int("9" * 40))
print(hex(2 ** 100), oct(2 ** 70), bin(12345678901234567890), int("ff" * 10, 16), int("-0b1011", 0))
print((10 ** 50).bit_length(), abs(-10 ** 20), 10 ** 20 == 1e20, 10 ** 25 == 1e25, float(10 ** 30), 2 ** 0.5)
print(round(10 ** 20 / 3), int(1e22), int(-2.9e18), 12345678901234567890 // 1e5)
a, b = 10 ** 40 + 7, 10 ** 39 + 3
while b:
    a, b = b, a % b
print("gcd", a, max(3 ** 100, 2 ** 160), sorted([2 ** 64, -(2 ** 64), 0, 2 ** 63]))
print(f"{2**70:,}", f"{2**70:_x}", f"{-2**70:>30}", f"{10**20:e}", "%d" % 2**80, "%x" % 2**80)
