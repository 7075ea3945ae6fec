# checks that genpy runs this program (bigint, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 2 ** 100
print(x, x * x, -x, x // 3, x % 7, x >> 10, x << 3, x & 0xFFFF, x | 1, x ^ x)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(abs(-2**70), divmod(2**70, 3), divmod(-2**70, 7), pow(2, 200, 1000007))
import math
print(math.factorial(30), math.gcd(2**64, 2**40 * 3), math.isqrt(10**20 + 1))
print(str(10**50)[:10], len(str(3**1000)), int("9" * 30) + 1, hex(2**70), bin(2**65))
print((-7) ** 3, (-2) ** 63, (-2) ** 64, 2 ** 63 - 1 == 9223372036854775807)
print(10**20 == 10.0**20, 2**53 + 1 == float(2**53 + 1), 10**20 > 1e19, -(2**63) // -1)
print(sorted([2**70, -1, 2**64, 3]), max(2**65, 2.0**65), 2**64 / 2**32)
print(int("-123456789012345678901234567890") * -1)
