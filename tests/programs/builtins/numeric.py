# checks abs, divmod, pow with 2 and 3 args, round and hex/bin/oct
print(abs(-5), abs(3.5), abs(-0.0), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), pow(3, 200, 1000), pow(7, 3, 5), pow(-2, 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2))
print(round(3.14159, 3), round(7), type(round(2.5)).__name__, round(2.675, 2))
print(hex(255), hex(-16), bin(10), bin(-3), oct(8), oct(0))
print(hex(2 ** 70), bin(0), 2 ** 0.5 == pow(2, 0.5))


def powers_mod(base, mod):
    value = 1
    while True:
        value = value * base % mod
        yield value


g = powers_mod(3, 7)
print([next(g) for _ in range(8)], [pow(3, k, 7) for k in range(1, 9)])
