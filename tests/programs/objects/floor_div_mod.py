# checks floor division and modulo sign rules for ints and floats, and divmod
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2)]:
    print(a, b, a // b, a % b)
print(-1 % 10, 1 % -10, -10 // 3)
print(2 ** 65 // -3, 2 ** 65 % -3)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)


def digits(n, base):
    # digits of n, least significant first, using divmod
    while n:
        n, d = divmod(n, base)
        yield d


print(list(digits(2024, 10)), list(digits(255, 16)), list(digits(2 ** 70, 10 ** 9)))
