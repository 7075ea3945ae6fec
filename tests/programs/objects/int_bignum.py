# checks arbitrary-precision int arithmetic across the i64 boundary
a = 2 ** 63
print(a, a - 1, -a, a * a)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(3 ** 100)
print(2 ** 200 // 3 ** 50, 2 ** 200 % 3 ** 50)
print((10 ** 30 + 7) * (10 ** 30 - 7))
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print(abs(-(10 ** 25)), int("1" * 40))
print(1 << 100, (1 << 100) >> 98)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print(10 ** 20 / 10 ** 10, 7 ** 40 // 7 ** 39)


def factorials():
    n, f = 1, 1
    while True:
        yield n, f
        n += 1
        f *= n


for n, f in factorials():
    if n in (20, 21, 25):
        print(n, f)
    if n == 25:
        break
