# datetime, written from its documentation: date, time, datetime, timedelta,
# tzinfo, timezone and IsoCalendarDate, with CPython 3.11's reprs, messages and
# rounding.
#
# genpy's dicts hash and compare keys without running Python code, so a class
# with its own __hash__ cannot be a dict key. The value types here are therefore
# subclasses of tuple whose tuple is their comparison key: a private marker
# naming the kind of value (so no plain tuple, and no value of another kind,
# equals one) and an integer (microseconds, or days for a date; for an aware
# value, counted in UTC). == and hash() are the tuple's, which is what CPython's
# are; the tuple's other behaviour (len, iteration, indexing, +, *) is refused
# as CPython refuses it for these types.

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DATE = object()
_NAIVE_TIME = object()
_AWARE_TIME = object()
_NAIVE = object()
_AWARE = object()
_DELTA = object()
_OFFSET = object()

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MAX_ORDINAL = 3652059
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
               "Oct", "Nov", "Dec")


# ---- calendar arithmetic (the proleptic Gregorian calendar, day 1 = 0001-01-01)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # The year from the mean length of a Gregorian year, corrected by at most
    # one either way; then the month from an estimate that is never too late.
    year = n * 400 // 146097 + 1
    if _days_before_year(year) >= n:
        year -= 1
    elif _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = (day_of_year - 1) // 31 + 1
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    # The ordinal of the Monday of ISO week 1 (the week holding January 4).
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# ---- argument checks

def _tname(obj):
    # A type's name as CPython's messages show it ('datetime.date', 'int').
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _builtin(obj):
    # True for a value of a built-in type, which never answers a reflected operation.
    return type(obj).__module__ == "builtins"


def _final(value, other):
    # True when `value op other` gets no second chance: other is of a built-in
    # type or of value's own type (whose reflected method Python does not try).
    return _builtin(other) or type(other) is type(value)


def _foreign(obj):
    # True for the other operand of a reflected operation that has already been
    # refused by that operand's own method (a built-in or a datetime type).
    return _builtin(obj) or type(obj).__module__ == "datetime"


def _unsupported(symbol, a, b):
    # The TypeError of `a symbol b` when neither operand supports it (a str, list
    # or tuple complains as a sequence does).
    if symbol == "+" and _is_sequence(a):
        name = type(a).__name__
        return TypeError('can only concatenate %s (not "%s") to %s' % (name, _tname(b), name))
    if symbol == "*" and _is_sequence(a) != _is_sequence(b):
        number = b if _is_sequence(a) else a
        return TypeError("can't multiply sequence by non-int of type '%s'" % _tname(number))
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _tname(a), _tname(b)))


def _is_sequence(obj):
    # A str, list or tuple (not one of the tuple-based values of this module).
    return (isinstance(obj, (str, list, tuple))
            and not isinstance(obj, (timedelta, date, time, timezone)))


def _type_of_argument(obj):
    # How CPython's argument errors name the type of obj ('int', but 'None').
    return "None" if obj is None else _tname(obj)


def _not_orderable(symbol, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (symbol, _tname(a), _tname(b)))


# The default of an argument that may not be None.
_MISSING = object()


def _c_int(value):
    # An argument as a C int, with CPython's messages for other types and sizes.
    if isinstance(value, int):
        value = int(value)
    elif isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _tname(value))
    else:
        value = type(value).__index__(value)
    if not -2**31 <= value < 2**31:
        if not -2**63 <= value < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        if value > 0:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError("signed integer is less than minimum")
    return value


def _check_date(year, month, day):
    year, month, day = _c_int(year), _c_int(month), _c_int(day)
    return _date_in_range(year, month, day)


def _date_in_range(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    return _time_in_range(_c_int(hour), _c_int(minute), _c_int(second),
                          _c_int(microsecond), _c_int(fold))


def _time_in_range(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _missing(name, position):
    return TypeError("function missing required argument '%s' (pos %d)"
                     % (name, position))


def _check_offset(name, offset):
    # What utcoffset() or dst() of a tzinfo returned: None or a timedelta of less
    # than a day either way.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_US_PER_DAY < offset._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % (offset,))
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


# ---- formatting

def _format_offset(offset, sep=":"):
    # +HH:MM, with :SS and .ffffff only when not zero; '' for None.
    if offset is None:
        return ""
    us = offset._us
    sign = "-" if us < 0 else "+"
    us = abs(us)
    hours, us = divmod(us, 3600 * _US_PER_SECOND)
    minutes, us = divmod(us, 60 * _US_PER_SECOND)
    seconds, us = divmod(us, _US_PER_SECOND)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or us:
        text += "%s%02d" % (sep, seconds)
        if us:
            text += ".%06d" % us
    return text


_TIMESPECS = ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _strftime(value, format, fields):
    # time.strftime with %f, %z and %Z of `value` filled in first.
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _type_of_argument(format))
    if "%f" not in format and "%z" not in format and "%Z" not in format:
        return _time.strftime(format, fields)
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        d = format[i]
        i += 1
        if d == "f":
            out.append("%06d" % value.microsecond)
        elif d == "z":
            out.append(_format_offset(value.utcoffset(), ""))
        elif d == "Z":
            name = value.tzname()
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), fields)


def _format_value(value, spec):
    if not isinstance(spec, str):
        raise TypeError("must be str, not %s" % type(spec).__name__)
    if spec:
        return value.strftime(spec)
    return str(value)


# ---- ISO 8601 parsing (the forms fromisoformat accepts in Python 3.11)

def _invalid(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        return None
    return int(part)


def _parse_date(text):
    # (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] at
    # the start of text (what follows is not looked at), or None.
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    dashed = rest.startswith("-")
    if dashed:
        rest = rest[1:]
    if rest.startswith("W"):
        week = _digits(rest, 1, 2)
        rest = rest[3:]
        weekday = 1
        if rest:
            if dashed:
                if not rest.startswith("-"):
                    return None
                rest = rest[1:]
            weekday = _digits(rest, 0, 1)
        if week is None or weekday is None:
            return None
        if year < MINYEAR and 0 < week < 54 and 0 < weekday < 8:
            # Fields that fail as CPython 3.11's do for a week date in year 0
            # (its constructor reports the month).
            return MINYEAR, 0, 1
        try:
            return _from_iso_calendar(year, week, weekday)
        except ValueError:
            return None
    month = _digits(rest, 0, 2)
    rest = rest[2:]
    if dashed:
        if not rest.startswith("-"):
            return None
        rest = rest[1:]
    day = _digits(rest, 0, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _is_digit(c):
    return "0" <= c <= "9"


def _parse_clock(text):
    # ((hour, minute, second, microsecond), trailing) of HH[:MM[:SS]] or
    # HH[MM[SS]] (the first separator decides), a fraction after "." or "," or
    # straight after unseparated seconds, or None. `trailing` is true when
    # something follows: one stray character after the last field, or anything
    # after the fraction's digits (of which the first six count).
    fields = [0, 0, 0]
    pos, end = 0, len(text)
    separated = False
    for k in range(3):
        value = _digits(text, pos, 2)
        if value is None:
            return None
        fields[k] = value
        pos += 2
        c = text[pos] if pos < end else ""
        pos += 1
        if k == 0:
            separated = c == ":"
        if pos >= end:
            return tuple(fields) + (0,), c != ""
        if separated and c == ":":
            continue
        if c in (".", ","):
            break
        if separated:
            return None
        pos -= 1
    take = min(6, end - pos)
    digits = text[pos:pos + take]
    if not all(_is_digit(c) for c in digits):
        return None
    pos += take
    while pos < end and _is_digit(text[pos]):
        pos += 1
    return tuple(fields) + (int(digits) * 10 ** (6 - take),), pos < end


def _parse_time(text):
    # (hour, minute, second, microsecond, tzinfo) of a time and an optional UTC
    # offset (Z as the last character, or a sign and a clock), or None. Before
    # an offset, a stray character after the time is ignored.
    cut = len(text)
    for i, c in enumerate(text):
        if c in "+-Z":
            cut = i
            break
    clock = _parse_clock(text[:cut])
    if clock is None:
        return None
    fields, trailing = clock
    if cut == len(text):
        return None if trailing else fields + (None,)
    if text[cut] == "Z":
        return fields + (timezone.utc,) if cut == len(text) - 1 else None
    offset = _parse_clock(text[cut + 1:])
    if offset is None or offset[1]:
        return None
    hours, minutes, seconds, micro = offset[0]
    seconds += (hours * 60 + minutes) * 60
    if not seconds:
        # As in CPython, an offset of no whole seconds is UTC, whatever its fraction.
        return fields + (timezone.utc,)
    sign = -1 if text[cut] == "-" else 1
    return fields + (timezone(timedelta(seconds=sign * seconds, microseconds=sign * micro)),)


def _date_length(text):
    # How long the date at the start of an ISO datetime string is, from where
    # its dashes and W fall: YYYY-MM-DD and YYYY-Www-D are 10 characters,
    # YYYYMMDD, YYYY-Www and YYYYWwwD 8, YYYYWww 7; None when no date fits.
    n = len(text)
    if n == 7:
        return 7
    if n < 7:
        return None
    if text[4] == "-":
        if text[5] != "W":
            return 10
        if n > 8 and text[8] == "-":
            if n == 9:
                return None
            # YYYY-Www-D, unless a digit after it says the dash was the separator.
            return 8 if n > 10 and _is_digit(text[10]) else 10
        return 8
    if text[4] == "W":
        # The digits after YYYYWww: the weekday and an unseparated time.
        stop = 7
        while stop < n and _is_digit(text[stop]):
            stop += 1
        if stop < 9:
            return stop
        return 7 if stop % 2 == 0 else 8
    return 8


def _from_iso_calendar(year, week, weekday):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        long_year = (_iso_week1_monday(year + 1) - _iso_week1_monday(year)) // 7 == 53 \
            if year < MAXYEAR else False
        if not (week == 53 and long_year):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < weekday < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + weekday - 1
    return _ordinal_to_ymd(ordinal)


# ---- timedelta

def _microseconds_of(parts):
    # The microseconds of (value, microseconds per unit, name) parts, as the
    # documentation says: whole units and whole microseconds are exact, the
    # fractions of a microsecond each part leaves are added up as floats and
    # their sum is rounded to the nearest microsecond, ties to an even total.
    total = 0
    leftover = 0.0
    for value, factor, component in parts:
        if isinstance(value, int):
            total += value * factor
        elif isinstance(value, float):
            whole = int(value)
            total += whole * factor
            fraction = (value - whole) * factor
            if fraction:
                whole = int(fraction)
                total += whole
                leftover += fraction - whole
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (component, _tname(value)))
    if leftover:
        below = int(leftover // 1)
        rest = leftover - below
        if rest == 0.5:
            total += below + (total + below) % 2
        else:
            total += below + (rest > 0.5)
    return total


def _round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


def _delta(us):
    # The timedelta of `us` microseconds (a plain timedelta, as arithmetic returns).
    return timedelta._of(timedelta, us)


class timedelta(tuple):
    # A duration: days (of magnitude at most 999999999), seconds in [0, 86400)
    # and microseconds in [0, 1000000).

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            return cls._of(cls, (((weeks * 7 + days) * 24 + hours) * 60 + minutes)
                           * 60000000 + seconds * 1000000 + milliseconds * 1000
                           + microseconds)
        return cls._of(cls, _microseconds_of((
            (microseconds, 1, "microseconds"),
            (milliseconds, 1000, "milliseconds"),
            (seconds, _US_PER_SECOND, "seconds"),
            (minutes, 60 * _US_PER_SECOND, "minutes"),
            (hours, 3600 * _US_PER_SECOND, "hours"),
            (days, _US_PER_DAY, "days"),
            (weeks, 7 * _US_PER_DAY, "weeks"))))

    @staticmethod
    def _of(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not -2**31 <= days < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = tuple.__new__(cls, (_DELTA, us))
        self._us = us
        return self

    def _parts(self):
        days, rest = divmod(self._us, _US_PER_DAY)
        seconds, microseconds = divmod(rest, _US_PER_SECOND)
        return days, seconds, microseconds

    days = property(lambda self: self._us // _US_PER_DAY)
    seconds = property(lambda self: self._us % _US_PER_DAY // _US_PER_SECOND)
    microseconds = property(lambda self: self._us % _US_PER_SECOND)

    def total_seconds(self):
        return self._us / _US_PER_SECOND

    def __repr__(self):
        days, seconds, microseconds = self._parts()
        fields = []
        if days:
            fields.append("days=%d" % days)
        if seconds:
            fields.append("seconds=%d" % seconds)
        if microseconds:
            fields.append("microseconds=%d" % microseconds)
        return "%s(%s)" % (_tname(self), ", ".join(fields) or "0")

    def __str__(self):
        days, seconds, microseconds = self._parts()
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if days:
            plural = "" if abs(days) == 1 else "s"
            text = "%d day%s, %s" % (days, plural, text)
        if microseconds:
            text += ".%06d" % microseconds
        return text

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        if spec:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % _tname(self))
        return str(self)

    def __bool__(self):
        return self._us != 0

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us + other._us)
        if _final(self, other):
            raise _unsupported("+", self, other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us - other._us)
        if _final(self, other):
            raise _unsupported("-", self, other)
        return NotImplemented

    def __neg__(self):
        return _delta(-self._us)

    def __pos__(self):
        return _delta(self._us)

    def __abs__(self):
        return _delta(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta(self._us * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta(_round_half_even(self._us * numerator, denominator))
        if _final(self, other):
            raise _unsupported("*", self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _foreign(other):
            raise _unsupported("*", other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("division by zero")
            return self._us / other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(_round_half_even(self._us, other) if other > 0
                          else _round_half_even(-self._us, -other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            if not numerator:
                raise ZeroDivisionError("integer division or modulo by zero")
            if numerator < 0:
                numerator, denominator = -numerator, -denominator
            return _delta(_round_half_even(self._us * denominator, numerator))
        if _final(self, other):
            raise _unsupported("/", self, other)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us // other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(self._us // other)
        if _final(self, other):
            raise _unsupported("//", self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta(self._us % other._us)
        if _final(self, other):
            raise _unsupported("%", self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us, other._us)
            return q, _delta(r)
        if _final(self, other):
            raise _unsupported("divmod()", self, other)
        return NotImplemented

    def _compare(self, other, symbol):
        if isinstance(other, timedelta):
            return self._us - other._us
        if _foreign(other):
            raise _not_orderable(symbol, self, other)
        return None

    def __lt__(self, other):
        c = self._compare(other, "<")
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, "<=")
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, ">")
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, ">=")
        return NotImplemented if c is None else c >= 0

    def __reduce__(self):
        return (type(self), self._parts())


timedelta.min = _delta(-999999999 * _US_PER_DAY)
timedelta.max = _delta(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _delta(1)


_OPERATORS = (("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"),
              ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("@", "matmul"),
              ("&", "and"), ("|", "or"), ("^", "xor"), ("<<", "lshift"),
              (">>", "rshift"), ("divmod()", "divmod"))
_ORDERINGS = (("<", "__lt__"), ("<=", "__le__"), (">", "__gt__"), (">=", "__ge__"))
_UNARY = (("__neg__", "unary -"), ("__pos__", "unary +"), ("__invert__", "unary ~"),
          ("__abs__", "abs()"))


def _refused_operator(symbol, reflected):
    def method(self, other):
        if reflected and _foreign(other):
            raise _unsupported(symbol, other, self)
        if not reflected and _final(self, other):
            raise _unsupported(symbol, self, other)
        return NotImplemented
    return method


def _refused_ordering(symbol):
    def method(self, other):
        if _foreign(other):
            raise _not_orderable(symbol, self, other)
        return NotImplemented
    return method


def _refused_unary(what):
    def method(self):
        raise TypeError("bad operand type for %s: '%s'" % (what, _tname(self)))
    return method


def _refuse_sequence(cls):
    # The tuple behaviour a value type does not have: its operators and
    # orderings (unless the class defines them), len, iteration, indexing, count
    # and index, as CPython refuses them, and truth (always true unless defined).
    def own(name):
        found = getattr(cls, name, None)
        return found is not None and found is not getattr(tuple, name, None)

    for symbol, name in _OPERATORS:
        for dunder, reflected in (("__%s__" % name, False), ("__r%s__" % name, True)):
            if not own(dunder):
                setattr(cls, dunder, _refused_operator(symbol, reflected))
    for symbol, dunder in _ORDERINGS:
        if not own(dunder):
            setattr(cls, dunder, _refused_ordering(symbol))
    for dunder, what in _UNARY:
        if not own(dunder):
            setattr(cls, dunder, _refused_unary(what))

    def length(self):
        raise TypeError("object of type '%s' has no len()" % _tname(self))

    def iterate(self):
        raise TypeError("'%s' object is not iterable" % _tname(self))

    def item(self, key):
        raise TypeError("'%s' object is not subscriptable" % _tname(self))

    def contains(self, value):
        raise TypeError("argument of type '%s' is not iterable" % _tname(self))

    def reverse(self):
        raise TypeError("'%s' object is not reversible" % _tname(self))

    def missing(name):
        def get(self):
            raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))
        return property(get)

    cls.count = missing("count")
    cls.index = missing("index")
    cls.__len__ = length
    cls.__iter__ = iterate
    cls.__getitem__ = item
    cls.__contains__ = contains
    cls.__reversed__ = reverse
    if not own("__bool__"):
        cls.__bool__ = lambda self: True


_refuse_sequence(timedelta)


# ---- tzinfo and timezone

class tzinfo:
    # The abstract base of time-zone information: subclasses give utcoffset(),
    # dst() and tzname() for a datetime.

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The local time of the UTC time dt (whose tzinfo is self), for a zone
        # whose offset is its standard offset plus dst().
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


def _check_dt_argument(method, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (method, _type_of_argument(dt)))


class timezone(tzinfo, tuple):
    # A fixed offset from UTC, with an optional name.

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _type_of_argument(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _type_of_argument(name))
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is None and not offset._us and cls is timezone and _UTC is not None:
            return _UTC
        self = tuple.__new__(cls, (_OFFSET, offset._us))
        self._f = (offset, name)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def utcoffset(self, dt):
        _check_dt_argument("utcoffset", dt)
        return self._f[0]

    def dst(self, dt):
        _check_dt_argument("dst", dt)
        return None

    def tzname(self, dt):
        _check_dt_argument("tzname", dt)
        if self._f[1] is not None:
            return self._f[1]
        if not self._f[0]._us:
            return "UTC"
        return "UTC" + _format_offset(self._f[0])

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._f[0]

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._f[1] is None:
            return "%s(%r)" % (_tname(self), self._f[0])
        return "%s(%r, %r)" % (_tname(self), self._f[0], self._f[1])

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        if self._f[1] is None:
            return (self._f[0],)
        return (self._f[0], self._f[1])


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_refuse_sequence(timezone)


# ---- date

class IsoCalendarDate(tuple):
    # The (year, week, weekday) of an ISO calendar date, as a named tuple.

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate", self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _make_date(cls, year, month, day):
    # _f: (year, month, day, ordinal).
    ordinal = _ymd_to_ordinal(year, month, day)
    self = tuple.__new__(cls, (_DATE, ordinal))
    self._f = (year, month, day, ordinal)
    return self


class date(tuple):
    # A day of the proleptic Gregorian calendar.

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING:
            raise _missing("month", 2)
        if day is _MISSING:
            raise _missing("day", 3)
        return _make_date(cls, *_check_date(year, month, day))

    year = property(lambda self: self._f[0])
    month = property(lambda self: self._f[1])
    day = property(lambda self: self._f[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        fields = _time._broken_down(_timestamp_parts(t, False)[0], True)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ordinal_to_ymd(n)[0])
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_date(date_string) if len(date_string) in (7, 8, 10) else None
        if fields is None:
            raise _invalid(date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        try:
            year, week, day = _c_int(year), _c_int(week), _c_int(day)
        except OverflowError:
            raise ValueError("ISO calendar component out of range") from None
        return cls(*_from_iso_calendar(year, week, day))

    def toordinal(self):
        return self._f[3]

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._f[0]
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        return type(self)(self._f[0] if year is _MISSING else year,
                          self._f[1] if month is _MISSING else month,
                          self._f[2] if day is _MISSING else day)

    def timetuple(self):
        return _time.struct_time((self._f[0], self._f[1], self._f[2], 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._f[0], self._f[1]) + self._f[2]

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._f[1] - 1],
            self._f[2], self._f[0])

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._f[0], self._f[1], self._f[2])

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._f[0], self._f[1], self._f[2])

    def strftime(self, format):
        return _strftime(_MIDNIGHT, format, self.timetuple())

    __format__ = _format_value

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ordinal_to_ymd(n))
        if _final(self, other):
            raise _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _foreign(other):
            raise _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _builtin(other) or isinstance(other, date):
            raise _unsupported("-", self, other)
        return NotImplemented

    def _compare(self, other, symbol):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tname(other), _tname(self)))
        if isinstance(other, date):
            return self.toordinal() - other.toordinal()
        if _foreign(other):
            raise _not_orderable(symbol, self, other)
        return None

    def __lt__(self, other):
        c = self._compare(other, "<")
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, "<=")
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, ">")
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, ">=")
        return NotImplemented if c is None else c >= 0

    def __reduce__(self):
        return (type(self), (self._f[0], self._f[1], self._f[2]))


class _Midnight:
    # What strftime reads of a date for %f, %z and %Z: midnight, no time zone.

    microsecond = 0

    def utcoffset(self):
        return None

    def tzname(self):
        return None


_MIDNIGHT = _Midnight()

_refuse_sequence(date)
date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


# ---- time

def _utcoffset(tz, dt):
    if tz is None:
        return None
    return _check_offset("utcoffset", tz.utcoffset(dt))


class time(tuple):
    # A time of day, with an optional tzinfo and the fold of a repeated hour.

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _make_time(cls, fields, tzinfo)

    hour = property(lambda self: self._f[0])
    minute = property(lambda self: self._f[1])
    second = property(lambda self: self._f[2])
    microsecond = property(lambda self: self._f[3])
    tzinfo = property(lambda self: self._f[4])
    fold = property(lambda self: self._f[5])

    def _day_us(self):
        return (((self._f[0] * 60 + self._f[1]) * 60 + self._f[2]) * _US_PER_SECOND
                + self._f[3])

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        fields = _parse_time(text)
        if fields is None:
            raise _invalid(time_string)
        return cls(*fields)

    def utcoffset(self):
        return _utcoffset(self._f[4], None)

    def dst(self):
        if self._f[4] is None:
            return None
        return _check_offset("dst", self._f[4].dst(None))

    def tzname(self):
        if self._f[4] is None:
            return None
        return _check_tzname(self._f[4].tzname(None))

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=True, *, fold=_MISSING):
        return type(self)(self._f[0] if hour is _MISSING else hour,
                          self._f[1] if minute is _MISSING else minute,
                          self._f[2] if second is _MISSING else second,
                          self._f[3] if microsecond is _MISSING else microsecond,
                          self._f[4] if tzinfo is True else tzinfo,
                          fold=self._f[5] if fold is _MISSING else fold)

    def isoformat(self, timespec="auto"):
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % _type_of_argument(timespec))
        return (_format_time(self._f[0], self._f[1], self._f[2],
                             self._f[3], timespec)
                + _format_offset(self.utcoffset()))

    __str__ = isoformat

    def __repr__(self):
        fields = "%d, %d" % (self._f[0], self._f[1])
        if self._f[2] or self._f[3]:
            fields += ", %d" % self._f[2]
        if self._f[3]:
            fields += ", %d" % self._f[3]
        if self._f[4] is not None:
            fields += ", tzinfo=%r" % (self._f[4],)
        if self._f[5]:
            fields += ", fold=1"
        return "%s(%s)" % (_tname(self), fields)

    def strftime(self, format):
        fields = (1900, 1, 1, self._f[0], self._f[1], self._f[2], 0, 1, -1)
        return _strftime(self, format, fields)

    __format__ = _format_value

    def _compare(self, other, symbol):
        if not isinstance(other, time):
            if _foreign(other):
                raise _not_orderable(symbol, self, other)
            return None
        mine, theirs = self._day_us(), other._day_us()
        if self._f[4] is other._f[4]:
            return mine - theirs
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        if a is not None:
            mine -= a._us
            theirs -= b._us
        return mine - theirs

    def __lt__(self, other):
        c = self._compare(other, "<")
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, "<=")
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, ">")
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, ">=")
        return NotImplemented if c is None else c >= 0

    def __reduce__(self):
        return (type(self), (self._f[0], self._f[1], self._f[2],
                             self._f[3], self._f[4]))


def _make_time(cls, fields, tz):
    hour, minute, second, microsecond, fold = fields
    us = ((hour * 60 + minute) * 60 + second) * _US_PER_SECOND + microsecond
    offset = _known_offset(tz)
    if offset is _UNKNOWN:
        probe = _time_object(cls, (_UNRESOLVED, us, tz), fields, tz)
        try:
            offset = probe.utcoffset()
        except Exception:
            return probe
    if offset is None:
        return _time_object(cls, (_NAIVE_TIME, us), fields, tz)
    return _time_object(cls, (_AWARE_TIME, us - offset._us), fields, tz)


def _time_object(cls, key, fields, tz):
    # _f: (hour, minute, second, microsecond, tzinfo, fold).
    self = tuple.__new__(cls, key)
    hour, minute, second, microsecond, fold = fields
    self._f = (hour, minute, second, microsecond, tz, fold)
    return self


_UNKNOWN = object()
# The key of a value whose tzinfo could not give its offset when it was made (it
# raised, or the value was made while that tzinfo was computing an offset): equal
# to the values with the same fields and the same tzinfo object.
_UNRESOLVED = object()
# The ids of the user tzinfos computing an offset now.
_RESOLVING = []


def _known_offset(tz):
    # The offset of a tzinfo whose offset does not depend on the time: None for
    # no tzinfo, the offset of a timezone; _UNKNOWN when the tzinfo must be asked.
    if tz is None:
        return None
    if type(tz) is timezone:
        return tz._f[0]
    return _UNKNOWN


_refuse_sequence(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime

def _make_datetime(cls, year, month, day, clock, tz):
    # clock: (hour, minute, second, microsecond, fold), all checked.
    ordinal = _ymd_to_ordinal(year, month, day)
    hour, minute, second, microsecond, fold = clock
    us = ((ordinal * 86400 + (hour * 60 + minute) * 60 + second) * _US_PER_SECOND
          + microsecond)
    return _build_datetime(cls, (year, month, day, ordinal) + clock[:4], tz, fold, us)


def _build_datetime(cls, fields, tz, fold, us):
    # The datetime whose _f is fields + (tzinfo, fold, microseconds since day 0),
    # keyed naive or in UTC.
    offset = _known_offset(tz)
    if offset is _UNKNOWN:
        probe = _datetime_object(cls, (_UNRESOLVED, us, tz), fields, tz, fold, us)
        if id(tz) in _RESOLVING:
            return probe
        _RESOLVING.append(id(tz))
        try:
            offset = probe.utcoffset()
        except Exception:
            return probe
        finally:
            _RESOLVING.remove(id(tz))
    if offset is None:
        return _datetime_object(cls, (_NAIVE, us), fields, tz, fold, us)
    return _datetime_object(cls, (_AWARE, us - offset._us), fields, tz, fold, us)


def _datetime_object(cls, key, fields, tz, fold, us):
    self = tuple.__new__(cls, key)
    self._f = fields + (tz, fold, us)
    return self


def _from_us(cls, us, tz, fold=0):
    # The datetime `us` microseconds after 0000-12-31 00:00 (the start of day 0).
    days, rest = divmod(us, _US_PER_DAY)
    if not 1 <= days <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    seconds, microsecond = divmod(rest, _US_PER_SECOND)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return _build_datetime(cls, _ordinal_to_ymd(days) + (days, hour, minute, second,
                                                         microsecond), tz, fold, us)


_EPOCH_US = _ymd_to_ordinal(1970, 1, 1) * _US_PER_DAY


def _local_offset(u):
    return _time._broken_down(u, True)[10]


def _local_to_posix(wall, fold):
    # The POSIX time whose local time is `wall` (the local wall time in seconds
    # since 1970-01-01 00:00, as if it were UTC), by PEP 495's rules: a wall
    # time that happens twice is the earlier moment with fold 0, the later with
    # fold 1; one skipped by a transition is read with the offset from before it
    # with fold 0, from after it with fold 1.
    offsets = []
    for probe in (wall - 86400, wall + 86400):
        offset = _local_offset(probe)
        if offset not in offsets:
            offsets.append(offset)
    candidates = [wall - offset for offset in offsets]
    valid = [u for u, offset in zip(candidates, offsets) if _local_offset(u) == offset]
    if len(valid) == 1:
        return valid[0]
    if valid:
        return max(valid) if fold else min(valid)
    return min(candidates) if fold else max(candidates)


def _timestamp_parts(t, rounding_up):
    # A POSIX timestamp as (whole seconds, microseconds in [0, 1000000)), checked
    # and rounded as CPython does: the microseconds of a float's fraction half
    # to even (or down to whole seconds, without rounding_up).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        micro = round((t - whole) * 1e6) if rounding_up else 0
        if not rounding_up and t < whole:
            whole -= 1
        if micro >= _US_PER_SECOND:
            whole, micro = whole + 1, micro - _US_PER_SECOND
        elif micro < 0:
            whole, micro = whole - 1, micro + _US_PER_SECOND
    elif isinstance(t, int):
        whole, micro = int(t), 0
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _tname(t))
    if not -2**63 <= whole < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return whole, micro


def _from_fields(cls, fields, micro, tz, fold=0):
    # The datetime of the C library's broken-down time (a leap second is :59).
    return cls(fields[0], fields[1], fields[2], fields[3], fields[4],
               min(fields[5], 59), micro, tz, fold=fold)


class datetime(date):
    # A date and a time of day, with an optional tzinfo.

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is _MISSING:
            raise _missing("month", 2)
        if day is _MISSING:
            raise _missing("day", 3)
        # Every argument is converted before any is checked, as CPython does.
        fields = [_c_int(v) for v in (year, month, day, hour, minute, second,
                                      microsecond, fold)]
        ymd = _date_in_range(*fields[:3])
        clock = _time_in_range(*fields[3:])
        _check_tzinfo(tzinfo)
        return _make_datetime(cls, *ymd, clock, tzinfo)

    hour = property(lambda self: self._f[4])
    minute = property(lambda self: self._f[5])
    second = property(lambda self: self._f[6])
    microsecond = property(lambda self: self._f[7])
    tzinfo = property(lambda self: self._f[8])
    fold = property(lambda self: self._f[9])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, micro = _timestamp_parts(t, True)
        if tz is not None:
            return tz.fromutc(_from_fields(cls, _time._broken_down(seconds, False), micro, tz))
        fields = _time._broken_down(seconds, True)
        # The second of two moments with the same wall time has fold 1.
        fold = int(_local_to_posix(seconds + fields[10], 0) != seconds)
        return _from_fields(cls, fields, micro, None, fold)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, micro = _timestamp_parts(t, True)
        return _from_fields(cls, _time._broken_down(seconds, False), micro, None)

    @classmethod
    def combine(cls, date_value, time_value, tzinfo=True):
        if not isinstance(date_value, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _type_of_argument(date_value))
        if not isinstance(time_value, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _type_of_argument(time_value))
        if tzinfo is True:
            tzinfo = time_value.tzinfo
        return cls(date_value.year, date_value.month, date_value.day,
                   time_value.hour, time_value.minute, time_value.second,
                   time_value.microsecond, tzinfo, fold=time_value.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_datetime(date_string)
        if fields is None:
            raise _invalid(date_string)
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        for position, arg in ((1, date_string), (2, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (position, _type_of_argument(arg)))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def date(self):
        return date(self._f[0], self._f[1], self._f[2])

    def time(self):
        return time(self._f[4], self._f[5], self._f[6], self._f[7],
                    fold=self._f[9])

    def timetz(self):
        return time(self._f[4], self._f[5], self._f[6], self._f[7],
                    self._f[8], fold=self._f[9])

    def utcoffset(self):
        return _utcoffset(self._f[8], self)

    def dst(self):
        if self._f[8] is None:
            return None
        return _check_offset("dst", self._f[8].dst(self))

    def tzname(self):
        if self._f[8] is None:
            return None
        return _check_tzname(self._f[8].tzname(self))

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING, hour=_MISSING,
                minute=_MISSING, second=_MISSING, microsecond=_MISSING, tzinfo=True,
                *, fold=_MISSING):
        return type(self)(self._f[0] if year is _MISSING else year,
                          self._f[1] if month is _MISSING else month,
                          self._f[2] if day is _MISSING else day,
                          self._f[4] if hour is _MISSING else hour,
                          self._f[5] if minute is _MISSING else minute,
                          self._f[6] if second is _MISSING else second,
                          self._f[7] if microsecond is _MISSING else microsecond,
                          self._f[8] if tzinfo is True else tzinfo,
                          fold=self._f[9] if fold is _MISSING else fold)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._f[0], self._f[1], self._f[2], self._f[4],
                                  self._f[5], self._f[6], self.weekday(),
                                  self._yday(), isdst))

    def utctimetuple(self):
        value = self
        offset = self.utcoffset()
        if offset is not None:
            value = _from_us(datetime, self._f[10] - offset._us, None)
        return _time.struct_time((value._f[0], value._f[1], value._f[2], value._f[4],
                                  value._f[5], value._f[6], value.weekday(),
                                  value._yday(), 0))

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            return self._local_posix() + self._f[7] / _US_PER_SECOND
        return (self._f[10] - offset._us - _EPOCH_US) / _US_PER_SECOND

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        offset = self.utcoffset()
        if offset is None:
            # A naive datetime is local time, at the offset of the moment it names.
            offset = timedelta(seconds=_local_offset(self._local_posix()))
        elif self._f[8] is tz:
            return self
        utc_us = self._f[10] - offset._us
        if tz is None:
            local = _time._broken_down((utc_us - _EPOCH_US) // _US_PER_SECOND, True)
            tz = timezone(timedelta(seconds=local[10]), local[9])
        return tz.fromutc(_from_us(type(self), utc_us, tz))

    def _local_posix(self):
        # The POSIX time (whole seconds) of this naive datetime read as local time.
        return _local_to_posix((self._f[10] - _EPOCH_US) // _US_PER_SECOND, self._f[9])

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._f[1] - 1],
            self._f[2], self._f[4], self._f[5], self._f[6], self._f[0])

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _type_of_argument(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _type_of_argument(timespec))
        return ("%04d-%02d-%02d%s" % (self._f[0], self._f[1], self._f[2], sep)
                + _format_time(self._f[4], self._f[5], self._f[6],
                               self._f[7], timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = "%d, %d, %d, %d, %d" % (self._f[0], self._f[1], self._f[2],
                                         self._f[4], self._f[5])
        if self._f[6] or self._f[7]:
            fields += ", %d" % self._f[6]
        if self._f[7]:
            fields += ", %d" % self._f[7]
        if self._f[9]:
            fields += ", fold=1"
        if self._f[8] is not None:
            fields += ", tzinfo=%r" % (self._f[8],)
        return "%s(%s)" % (_tname(self), fields)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_us(type(self), self._f[10] + other._us, self._f[8])
        if _final(self, other):
            raise _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _foreign(other):
            raise _unsupported("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_us(type(self), self._f[10] - other._us, self._f[8])
        if isinstance(other, datetime):
            mine, theirs = self._f[10], other._f[10]
            if self._f[8] is not other._f[8]:
                a, b = self.utcoffset(), other.utcoffset()
                if (a is None) != (b is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if a is not None:
                    mine -= a._us
                    theirs -= b._us
            return _delta(mine - theirs)
        if _builtin(other) or isinstance(other, date):
            raise _unsupported("-", self, other)
        return NotImplemented

    def _compare(self, other, symbol):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
            if _foreign(other):
                raise _not_orderable(symbol, self, other)
            return None
        mine, theirs = self._f[10], other._f[10]
        if self._f[8] is other._f[8]:
            return mine - theirs
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is not None:
            mine -= a._us
            theirs -= b._us
        return mine - theirs

    def __reduce__(self):
        return (type(self), (self._f[0], self._f[1], self._f[2], self._f[4],
                             self._f[5], self._f[6], self._f[7],
                             self._f[8]))


def _parse_datetime(text):
    # The fields of a date, a separator (any one character) and a time, or None.
    cut = _date_length(text)
    day = None if cut is None else _parse_date(text[:cut])
    if day is None:
        return None
    if cut == len(text):
        return day
    clock = _parse_time(text[cut + 1:])
    return None if clock is None else day + clock


datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
