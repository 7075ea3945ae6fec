# checks that float literals with fractions, exponents and underscores lex and print like CPython
print(1.5, .5, 5., 0.0)
print(1e3, 1E3, 1e-3, 2.5e+2)
print(1_000.000_1)
print(1e16, 1e15, 123456789.0)
print(1e100, 1e-7, 0.0001)
print(3.14159, -2.5)
print(float("inf"), -float("inf"))
print(type(1e3).__name__)


def halves(x):
    while x > 0.01:
        yield x
        x = x / 2


print(list(halves(1.0)))
