from fractions import Fraction
import numbers
import itertools
import math

def harmonic():
    total = Fraction(0)
    for n in itertools.count(1):
        total += Fraction(1, n)
        yield total

def egyptian(f):
    while f.numerator:
        d = math.ceil(f.denominator / f.numerator)
        yield Fraction(1, d)
        f -= Fraction(1, d)

def stern_brocot():
    a, b = Fraction(0), Fraction(1)
    yield a
    while True:
        a, b = b, 1 / (2 * math.floor(b) - b + 1)
        yield a

print(list(itertools.islice(harmonic(), 6)))
print([str(x) for x in egyptian(Fraction(7, 15))], sum(egyptian(Fraction(7, 15))))
print([str(x) for x in itertools.islice(stern_brocot(), 10)])
f = Fraction(3, 4)
print(f, repr(f), f.numerator, f.denominator, Fraction(6, -8), Fraction("  -1.25 "), Fraction("3/7"), Fraction("1e-3"), Fraction(0.5), Fraction(7))
print(f + 1, 1 - f, f * f, f / 3, 2 / f, f // Fraction(1, 3), f % Fraction(1, 3), divmod(Fraction(7, 2), 2), f ** 2, f ** -2, 4 ** Fraction(1, 2), f ** 0.5)
print(f + 0.25, type(f + 0.25).__name__, f == 0.75, f < 1, f > Fraction(2, 3), Fraction(1, 2) == Fraction(2, 4), f != 3)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(2, 1): "two"}[2], hash(Fraction(1, 3)))
print(float(f), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), abs(Fraction(-1, 3)), -f, +f)
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10), Fraction("3.1415926535").limit_denominator(100))
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(1, 4)]), max(Fraction(1, 2), 0.6), sum([Fraction(1, 10)] * 10), bool(Fraction(0)))
print(isinstance(f, numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.0, numbers.Real), isinstance(2.0, numbers.Rational), isinstance(f, numbers.Number), isinstance("x", numbers.Number))
print(Fraction.from_float(0.1), f.as_integer_ratio(), Fraction(Fraction(1, 3), Fraction(1, 6)), (0.1).as_integer_ratio())
for bad in ["abc", "1/0"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    Fraction([1])
except TypeError as e:
    print(e)
