"""The numeric tower of abstract base classes (``Number`` > ``Complex`` > ``Real`` >
``Rational`` > ``Integral``): genpy's implementation of the documented behaviour of
CPython 3.11's ``numbers`` module. ``int`` (and so ``bool``) is registered as
Integral, ``float`` as Real and ``complex`` as Complex."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric hierarchy: ``isinstance(x, Number)`` for any number."""

    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """``complex(self)``."""

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""

    @abstractmethod
    def __add__(self, other):
        """``self + other``."""

    @abstractmethod
    def __radd__(self, other):
        """``other + self``."""

    @abstractmethod
    def __neg__(self):
        """``-self``."""

    @abstractmethod
    def __pos__(self):
        """``+self``."""

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """``self * other``."""

    @abstractmethod
    def __rmul__(self, other):
        """``other * self``."""

    @abstractmethod
    def __truediv__(self, other):
        """``self / other``."""

    @abstractmethod
    def __rtruediv__(self, other):
        """``other / self``."""

    @abstractmethod
    def __pow__(self, exponent):
        """``self ** exponent``."""

    @abstractmethod
    def __rpow__(self, base):
        """``base ** self``."""

    @abstractmethod
    def __abs__(self):
        """``abs(self)``."""

    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """``self == other``."""


class Real(Complex):
    """Real numbers: ordered, with floor, ceiling and rounding."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """``float(self)``."""

    @abstractmethod
    def __trunc__(self):
        """``math.trunc(self)``."""

    @abstractmethod
    def __floor__(self):
        """``math.floor(self)``."""

    @abstractmethod
    def __ceil__(self):
        """``math.ceil(self)``."""

    @abstractmethod
    def __round__(self, ndigits=None):
        """``round(self, ndigits)``."""

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """``self // other``."""

    @abstractmethod
    def __rfloordiv__(self, other):
        """``other // self``."""

    @abstractmethod
    def __mod__(self, other):
        """``self % other``."""

    @abstractmethod
    def __rmod__(self, other):
        """``other % self``."""

    @abstractmethod
    def __lt__(self, other):
        """``self < other``."""

    @abstractmethod
    def __le__(self, other):
        """``self <= other``."""

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """Ratios of integers, with ``numerator`` and ``denominator``."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: ``int`` and bit operations."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """``int(self)``."""

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
