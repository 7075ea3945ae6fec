# decimal, written from its documentation and the General Decimal Arithmetic
# specification: Decimal numbers as (sign, integer coefficient, exponent) with
# infinities and NaNs, contexts (precision, rounding, traps), the arithmetic
# operators, quantize, rounding, sqrt, comparison and hashing consistent with the
# other numbers, str/repr/format as CPython's.

import math
import numbers
from collections import namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "DivisionUndefined", "ConversionSyntax",
           "InvalidContext", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
           "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
           "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY"]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation]

# The signal each condition raises (a condition is named in the exception's args).
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

for _cls in _SIGNALS + [ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
                        DecimalException]:
    _cls.__module__ = "decimal"

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class _SignalDict(dict):
    def __repr__(self):
        return "[" + ", ".join(s.__name__ for s in _SIGNALS if self.get(s)) + "]"


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_settings
        self.prec = base["prec"] if prec is None else prec
        self.rounding = base["rounding"] if rounding is None else rounding
        self.Emin = base["Emin"] if Emin is None else Emin
        self.Emax = base["Emax"] if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        for s in (base["traps"] if traps is None else traps):
            self.traps[s] = True
        for s in (flags or []):
            self.flags[s] = True

    def __setattr__(self, name, value):
        if name == "prec" and (not isinstance(value, int) or value < 1):
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        if name == "rounding" and value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags={self.flags!r}, traps={self.traps!r})")

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    [s for s in _SIGNALS if self.flags[s]], [s for s in _SIGNALS if self.traps[s]])
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def _raise(self, condition, result=None):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        return result

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply(name):
        def method(self, a, *args):
            return getattr(_convert(a, True), name)(*args, context=self)
        method.__name__ = name
        return method

    for _name in ("sqrt", "quantize", "to_integral_value", "normalize", "compare"):
        locals()[_name] = _apply(_name)
    del _name

    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)


_default_settings = {"prec": 28, "rounding": ROUND_HALF_EVEN, "Emin": -999999, "Emax": 999999,
                     "traps": [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                              InvalidOperation, Clamped,
                                                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, new):
        self.new = new

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


def _round_digits(coeff, drop, rounding, negative):
    # The coefficient with its last `drop` digits removed under `rounding`, and
    # whether anything non-zero was removed.
    if drop <= 0:
        return coeff * 10 ** -drop, False
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q, False
    half = div // 2 if div % 2 == 0 else None
    away = False
    if rounding == ROUND_DOWN:
        away = False
    elif rounding == ROUND_UP:
        away = True
    elif rounding == ROUND_CEILING:
        away = not negative
    elif rounding == ROUND_FLOOR:
        away = negative
    elif rounding == ROUND_05UP:
        away = q % 10 in (0, 5)
    else:
        twice = 2 * r
        if twice > div:
            away = True
        elif twice < div:
            away = False
        elif rounding == ROUND_HALF_UP:
            away = True
        elif rounding == ROUND_HALF_DOWN:
            away = False
        else:
            away = q % 2 == 1
    return q + (1 if away else 0), True


def _convert(value, raise_type=False):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if raise_type:
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
    return NotImplemented


def _binary(operation):
    # A binary operator method: the other operand converted (NotImplemented for a type
    # Decimal does not mix with), the current context by default, and a NaN operand's
    # result before the operation itself.
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return operation(self, other, context)
    method.__name__ = operation.__name__
    return method


def _reflected(name):
    # The reflected operator of `name`: the other operand, converted, on the left.
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    method.__name__ = "__r" + name[2:]
    return method


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            if math.isnan(value):
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
                return self
            if math.isinf(value):
                self._sign, self._int, self._exp, self._special = int(value < 0), 0, 0, "F"
                return self
            sign = 1 if math.copysign(1.0, value) < 0 else 0
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign, self._int, self._exp = sign, n * 5 ** k, -k
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            self._sign = sign
            self._int = int("".join(map(str, digits)) or "0")
            if exp == "F":
                self._special, self._exp = "F", 0
            elif exp in ("n", "N"):
                self._special, self._exp = exp, 0
            else:
                self._exp = exp
            return self
        if isinstance(value, str):
            return self._parse(value, context)
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    def _parse(self, text, context):
        s = text.strip().replace("_", "") if "_" not in text.strip()[:1] else text
        low = s.lower()
        sign = 0
        if low[:1] in ("+", "-"):
            sign = int(low[0] == "-")
            low = low[1:]
        if low in ("inf", "infinity"):
            self._sign, self._int, self._exp, self._special = sign, 0, 0, "F"
            return self
        for prefix, kind in (("snan", "N"), ("nan", "n")):
            if low.startswith(prefix) and (low[len(prefix):] == "" or low[len(prefix):].isdigit()):
                payload = low[len(prefix):]
                self._sign, self._int, self._exp, self._special = sign, int(payload or 0), 0, kind
                return self
        mantissa, _, exponent = low.partition("e")
        whole, dot, frac = mantissa.partition(".")
        digits = whole + frac
        valid = (digits.isdigit() and digits.isascii()
                 and (not exponent or exponent.lstrip("+-").isdigit() and exponent.count("-") + exponent.count("+") <= 1 and exponent[0] in "+-0123456789")
                 and not ("e" in low and not exponent))
        if not valid:
            getcontext()._raise(ConversionSyntax)
            self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            return self
        self._sign = sign
        self._int = int(digits)
        self._exp = int(exponent or 0) - len(frac)
        return self

    # Properties of the value.

    def _isnan(self):
        return self._special in ("n", "N")

    def is_nan(self):
        return self._isnan()

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() >= (context or getcontext()).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        digits = tuple(int(d) for d in str(self._int)) if not self._special or self._int else ((0,) if self._special == "F" else ())
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._isnan():
            raise ValueError("cannot convert NaN to integer ratio")
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def _fraction(self):
        n, d = self.as_integer_ratio()
        from fractions import Fraction
        return Fraction(n, d)

    # Results and rounding.

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _fix(self, context):
        # The value rounded to the context's precision.
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= context.prec:
            return self
        drop = digits - context.prec
        coeff, inexact = _round_digits(self._int, drop, context.rounding, self._sign == 1)
        exp = self._exp + drop
        if len(str(coeff)) > context.prec:
            coeff //= 10
            exp += 1
        context.flags[Rounded] = True
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, coeff, exp)

    def _nan_result(self, other, context):
        for v in (self, other):
            if v is not None and v._special == "N":
                return context._raise(InvalidOperation, Decimal._make(v._sign, v._int, 0, "n"))
        for v in (self, other):
            if v is not None and v._special == "n":
                return v
        return None

    # Conversion.

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            return sign + ("sNaN" if self._special == "N" else "NaN") + (str(self._int) if self._int else "")
        digits = str(self._int)
        adjusted = self._exp + len(digits) - 1
        if self._exp <= 0 and adjusted >= -6:
            if self._exp == 0:
                return sign + digits
            point = len(digits) + self._exp
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            return sign + "0." + "0" * -point + digits
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return sign + mantissa + "E" + ("+" if adjusted >= 0 else "") + str(adjusted)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __float__(self):
        if self._isnan():
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __int__(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if self._isnan():
            raise ValueError("cannot convert NaN to integer")
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __complex__(self):
        return complex(float(self))

    # Comparison and hashing.

    def _compare_key(self, other):
        other = _convert_for_compare(other)
        if other is NotImplemented:
            return NotImplemented
        return other

    def _cmp(self, other):
        if self._special == "F" or (isinstance(other, Decimal) and other._special == "F"):
            a = (-1 if self._sign else 1) * (math.inf if self._special == "F" else 0)
            b = (-1 if other._sign else 1) * (math.inf if other._special == "F" else 0) if isinstance(other, Decimal) else 0
            if self._special != "F":
                return -1 if b > 0 else 1
            if isinstance(other, Decimal) and other._special != "F":
                return 1 if a > 0 else -1
            return (a > b) - (a < b)
        a = self._fraction()
        b = other._fraction() if isinstance(other, Decimal) else other
        return (a > b) - (a < b)

    def _rich(self, other, test, ordering):
        other = self._compare_key(other)
        if other is NotImplemented:
            return NotImplemented
        if self._isnan() or (isinstance(other, Decimal) and other._isnan()) or \
                (isinstance(other, float) and math.isnan(other)):
            if ordering:
                getcontext()._raise(InvalidOperation)
            return test is None
        return test(self._cmp(other))

    def __eq__(self, other):
        r = self._rich(other, lambda c: c == 0, False)
        return False if r is True and self._isnan() else r

    def __lt__(self, other):
        return self._rich(other, lambda c: c < 0, True)

    def __le__(self, other):
        return self._rich(other, lambda c: c <= 0, True)

    def __gt__(self, other):
        return self._rich(other, lambda c: c > 0, True)

    def __ge__(self, other):
        return self._rich(other, lambda c: c >= 0, True)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self._isnan() or other._isnan():
            return self._nan_result(other, context or getcontext()) or Decimal("NaN")
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._special == "F":
            return hash(-math.inf if self._sign else math.inf)
        if self._isnan():
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            return object.__hash__(self)
        if self._exp >= 0:
            return hash(int(self))
        return hash(self._fraction())

    # Arithmetic.

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (self._special is None and self._int == 0 and context.rounding != ROUND_FLOOR) else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        sign = 0 if (self._special is None and self._int == 0 and context.rounding != ROUND_FLOOR) else self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        result = Decimal._make(0, self._int, self._exp, self._special)
        return result._fix(context) if round else result

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(_convert(other, True)._sign, self._int, self._exp, self._special)

    @_binary
    def __add__(self, other, context):
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                return context._raise(InvalidOperation, Decimal("NaN"))
            return self if self._special == "F" else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = int(context.rounding == ROUND_FLOOR and (self._sign or other._sign))
        else:
            sign = int(total < 0)
        return Decimal._make(sign, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate() if not other._isnan() else other, context)

    __rsub__ = _reflected("__sub__")

    @_binary
    def __mul__(self, other, context):
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self.is_zero() or other.is_zero():
                return context._raise(InvalidOperation, Decimal("NaN"))
            return Decimal._make(sign, 0, 0, "F")
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    @_binary
    def __truediv__(self, other, context):
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F":
                return context._raise(InvalidOperation, Decimal("NaN"))
            if self._special == "F":
                return Decimal._make(sign, 0, 0, "F")
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return context._raise(DivisionUndefined, Decimal("NaN"))
            return context._raise(DivisionByZero, Decimal._make(sign, 0, 0, "F"))
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    __rtruediv__ = _reflected("__truediv__")

    def _divide_integer(self, other, context):
        # (quotient truncated toward zero, remainder with the dividend's sign).
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal("NaN"), Decimal("NaN")
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 0, "F"), Decimal("NaN")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise(DivisionImpossible)
            return Decimal("NaN"), Decimal("NaN")
        quotient = Decimal._make(self._sign ^ other._sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    @_binary
    def __floordiv__(self, other, context):
        return self._divide_integer(other, context)[0]

    __rfloordiv__ = _reflected("__floordiv__")

    @_binary
    def __mod__(self, other, context):
        return self._divide_integer(other, context)[1]

    __rmod__ = _reflected("__mod__")

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext())

    __rdivmod__ = _reflected("__divmod__")

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        q = (self / other).to_integral_value(ROUND_HALF_EVEN)
        return self - other * q

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            m = int(_convert(modulo, True))
            return Decimal(pow(int(self), int(other), m))
        if other._exp >= 0 and not other._special and self._special is None:
            n = int(other)
            if n >= 0:
                return Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._fix(context)
            if self._int == 0:
                return context._raise(DivisionByZero, Decimal._make(self._sign if n % 2 else 0, 0, 0, "F"))
            with localcontext(context) as c:
                c.prec = context.prec + 3
                result = Decimal(1) / Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
            return result._fix(context)
        value = float(self) ** float(other)
        if isinstance(value, complex):
            return context._raise(InvalidOperation, Decimal("NaN"))
        return Decimal(repr(value))._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        return other if other is NotImplemented else other.__pow__(self, None, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._nan_result(None, context)
        if self._sign and not self.is_zero():
            return context._raise(InvalidOperation, Decimal("NaN"))
        if self._special == "F":
            return self
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        prec = context.prec
        # Scale so the integer square root has prec + 1 digits.
        exp = self._exp
        coeff = self._int
        if exp % 2:
            coeff *= 10
            exp -= 1
        shift = max(0, prec + 1 - (len(str(coeff)) + 1) // 2)
        coeff *= 100 ** shift
        exp -= 2 * shift
        root = math.isqrt(coeff)
        exact = root * root == coeff
        result_exp = exp // 2
        if exact:
            ideal = self._exp // 2
            while result_exp < ideal and root % 10 == 0:
                root //= 10
                result_exp += 1
        elif root % 5 == 0:
            root += 1
        with localcontext(context) as c:
            c.rounding = ROUND_HALF_EVEN
            return Decimal._make(0, root, result_exp)._fix(c)

    # Exponents and rounding to a place.

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            return context._raise(InvalidOperation, Decimal("NaN"))
        coeff, inexact = _round_digits(self._int, exp._exp - self._exp, rounding, self._sign == 1)
        if len(str(coeff)) > context.prec:
            return context._raise(InvalidOperation, Decimal("NaN"))
        if inexact:
            context.flags[Rounded] = True
            context._raise(Inexact)
        return Decimal._make(self._sign, coeff, exp._exp)

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) or Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coeff, _ = _round_digits(self._int, -self._exp, rounding or context.rounding, self._sign == 1)
        return Decimal._make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) or Decimal(self)
        result = self._fix(context)
        if result._int == 0:
            return Decimal._make(result._sign, 0, 0)
        coeff, exp = result._int, result._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(result._sign, coeff, exp)

    def __round__(self, n=None):
        if n is not None:
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special == "F":
            raise OverflowError("cannot round an infinity")
        if self._isnan():
            raise ValueError("cannot round a NaN")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) <= 0 else other

    def exp(self, context=None):
        context = context or getcontext()
        return Decimal(repr(math.exp(float(self))))._fix(context)

    def ln(self, context=None):
        context = context or getcontext()
        return Decimal(repr(math.log(float(self))))._fix(context)

    def log10(self, context=None):
        context = context or getcontext()
        return Decimal(repr(math.log10(float(self))))._fix(context)

    def __format__(self, spec):
        import re
        m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?", spec)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, sign_opt, _, _, zero, width, grouping, precision, kind = m.groups()
        value = self
        if kind == "%":
            value = Decimal._make(self._sign, self._int, self._exp + 2, self._special)
        if precision is not None:
            precision = int(precision)
        if self._special:
            body = str(self.copy_abs())
        elif kind in ("f", "F", "%"):
            if precision is not None:
                value = value.quantize(Decimal._make(0, 1, -precision), getcontext().rounding)
            body = _plain(value.copy_abs())
        elif kind in ("e", "E"):
            digits = str(value._int)
            if precision is not None:
                drop = len(digits) - (precision + 1)
                coeff, _ = _round_digits(value._int, drop, getcontext().rounding, False)
                adjusted = value.adjusted() + (1 if len(str(coeff)) > precision + 1 else 0)
                digits = str(coeff)[:precision + 1]
            else:
                adjusted = value.adjusted()
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + kind + ("+" if adjusted >= 0 else "-") + "%02d" % abs(adjusted)
        elif kind in ("g", "G") or kind is None:
            if precision is not None and kind is not None:
                value = Decimal._make(value._sign, value._int, value._exp)._fix(Context(prec=max(precision, 1), rounding=getcontext().rounding))
            body = str(value.copy_abs())
            if kind == "G":
                body = body.upper()
        else:
            body = str(value.copy_abs())
        if grouping:
            head, dot, tail = body.partition(".")
            groups = []
            while len(head) > 3:
                groups.insert(0, head[-3:])
                head = head[:-3]
            groups.insert(0, head)
            body = grouping.join(groups) + dot + tail
        if kind == "%":
            body += "%"
        sign = "-" if self._sign else ("+" if sign_opt == "+" else (" " if sign_opt == " " else ""))
        width = int(width) if width else 0
        if zero and not align:
            fill, align = "0", "="
        fill = fill or " "
        align = align or ">"
        pad = max(0, width - len(sign) - len(body))
        if align == "<":
            return sign + body + fill * pad
        if align == "^":
            return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
        if align == "=":
            return sign + fill * pad + body
        return fill * pad + sign + body

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)


def _plain(d):
    # The digits of a finite Decimal without an exponent.
    digits = str(d._int)
    if d._exp >= 0:
        return digits + "0" * d._exp if d._int else "0"
    point = len(digits) + d._exp
    if point > 0:
        return digits[:point] + "." + digits[point:]
    return "0." + "0" * -point + digits


def _convert_for_compare(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        return other if math.isnan(other) else Decimal(other)
    from fractions import Fraction
    if isinstance(other, Fraction):
        return other
    return NotImplemented


Decimal.__module__ = "decimal"
Context.__module__ = "decimal"
numbers.Number.register(Decimal)
