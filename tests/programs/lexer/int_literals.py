# checks that int literals in every base, with underscores and of any size, lex to the right values
print(0, 7, 42, 1_000_000)
print(0x1F, 0XFF, 0xdead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000)
print(00, 0_0)
big = 123456789012345678901234567890
print(big)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(big + 1, -big)
print(type(big).__name__, type(0x10).__name__)


def powers_of_ten(limit):
    n = 1
    while n <= limit:
        yield n
        n *= 10


for p in powers_of_ten(10**25):
    print(p)
