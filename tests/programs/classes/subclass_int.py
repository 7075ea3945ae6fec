# Subclassing int and float: construction, __new__, arithmetic, overrides.


class Big(int):
    def double(self):
        return self * 2


b = Big(5)
print(b, b.double(), b + 1, 1 + b, b - 2, b * b, b // 2, b % 3, b ** 2, b / 2, -b, abs(Big(-3)))
print(type(b).__name__, type(b + 1).__name__, isinstance(b, int), type(-b).__name__)
print(b == 5, 5 == b, b < 6, b >= 5, b != 4, hash(b) == hash(5), {b: "five"}[5], {5: "v"}[b])
print(int(b), float(b), str(b), repr(b), f"{b:03d}", "%d" % b, [10, 20, 30, 40, 50, 60][b])
print(bool(Big(0)), bool(b), Big(), Big("42"), Big("ff", 16), Big(3.9), b.bit_length(), b.real)
print(range(b), list(range(Big(3))), sorted([Big(3), 1, Big(2)]), max(Big(1), Big(7)), sum([b, b]))
b += 1
print(b, type(b).__name__)


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}C"


c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, c > 50, int(c), round(Celsius(2.5)))
print(Celsius("1.5"), c.is_integer(), f"{c:.1f}", str(c))


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    __radd__ = __add__

    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


m = Money(150) + Money(275)
print(m, type(m).__name__, m.currency, 5 + Money(5), sum([Money(1), Money(2)]), int(m) > 400)


class Flags(int):
    def __new__(cls, value):
        return int.__new__(cls, value & 0xFF)

    def __repr__(self):
        return f"Flags({int.__repr__(self)})"

    def __or__(self, other):
        return Flags(int(self) | int(other))


f = Flags(0x1F3) | 4
print(f, repr(f), type(f).__name__, int.__add__(f, 1), Flags(2).__add__(3), int.__add__(2, Big(3)))


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)


print(Even(4), Even(4) + 1)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)

# Instances of int subclasses are ints wherever one is required.
print("ab" * Big(2), [1, 2] * Big(2), "abcdef"[Big(1):Big(3)], chr(Big(65)), "{0}".format(Big(3)))
print(list(range(0, Big(6), Big(2))), round(Big(7), -1), "x".center(Big(5), "*"), (1, 2, 3)[Flags(1)])
print(pow(Big(2), 3, 5), pow(2, Big(10), Big(1000)), divmod(Big(7), 2), Big(7) & 3, Big(1) << 3, ~Big(1))
