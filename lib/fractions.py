"""Rational numbers (``Fraction``): genpy's implementation of the documented
behaviour of CPython 3.11's ``fractions`` module. A Fraction is always in lowest
terms with a positive denominator; arithmetic with ints and Fractions is exact,
arithmetic with a float gives a float."""

import math
import numbers
import re
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# A number as the constructor accepts it in a string: "3/4", "-1.25", "1e-3", " 7 ".
_RATIONAL = re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:(?:/(?P<denom>\d+(_\d+)*))?
     |(?:\.(?P<decimal>\d*|\d+(_\d+)*))?
      (?:E(?P<exp>[-+]?\d+(_\d+)*))?)
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


class Fraction(numbers.Rational):
    """``Fraction(numerator=0, denominator=None)``: from two integers (or Rationals),
    a Fraction, an int, a float (exactly) or a string such as ``'3/7'`` or ``'-1.5e3'``."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} "
                            f"({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most ``max_denominator``."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # Arithmetic: `_operands` says how the other operand combines with a Fraction.

    def __add__(a, b):
        return _binary(a, b, lambda x, y: Fraction(x.numerator * y.denominator + y.numerator * x.denominator,
                                                   x.denominator * y.denominator),
                       lambda x, y: x + y)

    def __radd__(b, a):
        return _binary(b, a, lambda y, x: Fraction(x.numerator * y.denominator + y.numerator * x.denominator,
                                                   x.denominator * y.denominator),
                       lambda y, x: x + y)

    def __sub__(a, b):
        return _binary(a, b, lambda x, y: Fraction(x.numerator * y.denominator - y.numerator * x.denominator,
                                                   x.denominator * y.denominator),
                       lambda x, y: x - y)

    def __rsub__(b, a):
        return _binary(b, a, lambda y, x: Fraction(x.numerator * y.denominator - y.numerator * x.denominator,
                                                   x.denominator * y.denominator),
                       lambda y, x: x - y)

    def __mul__(a, b):
        return _binary(a, b, lambda x, y: Fraction(x.numerator * y.numerator, x.denominator * y.denominator),
                       lambda x, y: x * y)

    def __rmul__(b, a):
        return _binary(b, a, lambda y, x: Fraction(x.numerator * y.numerator, x.denominator * y.denominator),
                       lambda y, x: x * y)

    def __truediv__(a, b):
        return _binary(a, b, lambda x, y: Fraction(x.numerator * y.denominator, x.denominator * y.numerator),
                       lambda x, y: x / y)

    def __rtruediv__(b, a):
        return _binary(b, a, lambda y, x: Fraction(x.numerator * y.denominator, x.denominator * y.numerator),
                       lambda y, x: x / y)

    def __floordiv__(a, b):
        return _binary(a, b, lambda x, y: (x.numerator * y.denominator) // (y.numerator * x.denominator),
                       lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return _binary(b, a, lambda y, x: (x.numerator * y.denominator) // (y.numerator * x.denominator),
                       lambda y, x: x // y)

    def __mod__(a, b):
        return _binary(a, b, _mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return _binary(b, a, lambda y, x: _mod(x, y), lambda y, x: x % y)

    def __divmod__(a, b):
        return _binary(a, b, lambda x, y: (x // y, _mod(x, y)), divmod)

    def __rdivmod__(b, a):
        return _binary(b, a, lambda y, x: (x // y, _mod(x, y)), lambda y, x: divmod(x, y))

    def __pow__(a, b):
        if isinstance(b, numbers.Rational) and b.denominator == 1:
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        if isinstance(b, (numbers.Rational, float)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even: to an int without ``ndigits``, else to a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * dinv)
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, Fraction(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _mod(x, y):
    """``x % y`` of two Rationals, as a Fraction."""
    da, db = x.denominator, y.denominator
    return Fraction((x.numerator * db) % (y.numerator * da), da * db)


def _binary(a, b, exact, inexact):
    """``a op b`` for a Fraction ``a``: exact with an int or Rational, in floats with a
    float, NotImplemented otherwise."""
    if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
        if isinstance(b, int):
            b = Fraction(b)
        return exact(a, b)
    if isinstance(b, float):
        return inexact(float(a), b)
    return NotImplemented


def _parse(text):
    """The (numerator, denominator) a string stands for."""
    m = _RATIONAL.match(text)
    if m is None:
        raise ValueError(f"Invalid literal for Fraction: {text!r}")
    numerator = int(m.group("num") or "0")
    denom = m.group("denom")
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        decimal = m.group("decimal")
        if decimal:
            decimal = decimal.replace("_", "")
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        exp = m.group("exp")
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if m.group("sign") == "-":
        numerator = -numerator
    return numerator, denominator
