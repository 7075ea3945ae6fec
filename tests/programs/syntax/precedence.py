# checks that operator precedence and associativity follow Python's rules
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 // 7 % 4, 2 * 3 // 4)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4)
print(~5, -~5, not 0, not 1 + 1)
print(1 < 2 == 2, 1 if 0 else 2 + 3)
print(True or False and False, (True or False) and False)
print(3 > 2 and 2 > 1 or 0)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3)
print(-3 % 5, 2 ** -1)
print(not None is None, 1 in [1] == True)


def squares():
    n = 0
    while True:
        yield n * n + 1
        n += 1


g = squares()
print(next(g) + next(g) * next(g))
