# The Python half of time, written from its documentation: struct_time, gmtime,
# localtime, mktime, asctime, ctime, strftime (the C library's directives and
# flags, in the C locale), strptime (lib/_strptime.py) and the time-zone constants.
# The clocks, sleep and the C library's conversions (_broken_down, _mktime, _zone)
# are the native half, src/builtins/modules/time.rs.

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
               "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


class struct_time(tuple):
    # The nine fields of a broken-down time as a tuple, with tm_zone and tm_gmtoff
    # as attributes only (a struct sequence).

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = dict or {}
        self._zone = items[9] if len(items) > 9 else extra.get("tm_zone")
        self._gmtoff = items[10] if len(items) > 10 else extra.get("tm_gmtoff")
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        fields = ", ".join("%s=%r" % (name, value)
                           for name, value in zip(_FIELDS, self))
        return "time.struct_time(%s)" % fields

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone,
                                            "tm_gmtoff": self._gmtoff}))


struct_time.__module__ = "time"

timezone, altzone, daylight, _std_name, _dst_name = _zone()
tzname = (_std_name, _dst_name)


def _time_t(secs):
    # Seconds since the epoch as an int (None: now), rounding floats down.
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__)
    if not -2**63 <= secs < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def gmtime(secs=None):
    return struct_time(_broken_down(_time_t(secs), False))


def localtime(secs=None):
    return struct_time(_broken_down(_time_t(secs), True))


def _as_int(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    if not -2**63 <= value < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if value > 2**31 - 1:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2**31:
        raise OverflowError("signed integer is less than minimum")
    return int(value)


def _fields(t, name):
    # The eleven fields of a time tuple or struct_time, checked as CPython's
    # gettmarg does: a plain tuple has exactly nine ints.
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    elif len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    else:
        zone, gmtoff = None, None
    return [_as_int(v) for v in t] + [zone, gmtoff]


def _checked(t, name):
    # The fields of t as asctime and strftime accept them (CPython's checktm):
    # a zero month, day or day of the year means the first; the weekday wraps.
    f = _fields(t, name)
    if f[1] == 0:
        f[1] = 1
    elif not 1 <= f[1] <= 12:
        raise ValueError("month out of range")
    if f[2] == 0:
        f[2] = 1
    elif not 1 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    if f[6] < -1:
        raise ValueError("day of week out of range")
    f[6] = (f[6] + 7) % 7 if f[6] == -1 else f[6] % 7
    if f[7] == 0:
        f[7] = 1
    elif not 1 <= f[7] <= 366:
        raise ValueError("day of year out of range")
    return f


def mktime(t):
    return _mktime(tuple(_fields(t, "mktime")[:9]))


def asctime(t=None):
    f = localtime() if t is None else _checked(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (
        _DAY_ABBR[f[6]], _MONTH_ABBR[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(format).__name__)
    f = _checked(localtime() if t is None else t, "strftime")
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    if "\0" in format:
        raise ValueError("embedded null character")
    return _strftime(format, f)


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(data_string, format)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _iso_week_days(yday, wday):
    # Days since the Monday of the first ISO week (glibc's iso_week_days), for a
    # zero-based day of the year and a weekday with Sunday 0.
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_year_week(f):
    year, yday, wday = f[0], f[7] - 1, (f[6] + 1) % 7
    days = _iso_week_days(yday, wday)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday + 365 + _is_leap(year), wday)
    else:
        later = _iso_week_days(yday - 365 - _is_leap(year), wday)
        if later >= 0:
            year += 1
            days = later
    return year, days // 7 + 1


def _zone_offset(f):
    offset = f[10] or 0
    sign = "-" if offset < 0 else "+"
    minutes = abs(offset) // 60
    return "%s%02d%02d" % (sign, minutes // 60, minutes % 60)


def _zone_name(f):
    if f[9]:
        return f[9]
    return tzname[f[8] > 0]


def _hour12(f):
    return (f[3] + 11) % 12 + 1


# Conversions whose result is a number: the default padding and width.
_NUMBERS = {
    "d": ("0", 2, lambda f: f[2]),
    "e": (" ", 2, lambda f: f[2]),
    "H": ("0", 2, lambda f: f[3]),
    "k": (" ", 2, lambda f: f[3]),
    "I": ("0", 2, _hour12),
    "l": (" ", 2, _hour12),
    "M": ("0", 2, lambda f: f[4]),
    "S": ("0", 2, lambda f: f[5]),
    "m": ("0", 2, lambda f: f[1]),
    "j": ("0", 3, lambda f: f[7]),
    "y": ("0", 2, lambda f: f[0] % 100),
    "g": ("0", 2, lambda f: _iso_year_week(f)[0] % 100),
    "V": ("0", 2, lambda f: _iso_year_week(f)[1]),
    "u": ("0", 1, lambda f: f[6] + 1),
    "w": ("0", 1, lambda f: (f[6] + 1) % 7),
    "U": ("0", 2, lambda f: (f[7] - 1 + 7 - (f[6] + 1) % 7) // 7),
    "W": ("0", 2, lambda f: (f[7] - 1 + 7 - f[6]) // 7),
    "s": ("0", 1, lambda f: int(_mktime(tuple(f[:9])))),
    # The year-like ones are not padded unless a flag or width asks.
    "Y": ("", 1, lambda f: f[0]),
    "G": ("", 1, lambda f: _iso_year_week(f)[0]),
    "C": ("", 1, lambda f: f[0] // 100),
}

# Conversions whose result is text.
_TEXTS = {
    "a": lambda f: _DAY_ABBR[f[6]],
    "A": lambda f: _DAY_NAMES[f[6]],
    "b": lambda f: _MONTH_ABBR[f[1] - 1],
    "h": lambda f: _MONTH_ABBR[f[1] - 1],
    "B": lambda f: _MONTH_NAMES[f[1] - 1],
    "p": lambda f: "PM" if f[3] >= 12 else "AM",
    "P": lambda f: "pm" if f[3] >= 12 else "am",
    "Z": _zone_name,
    "z": _zone_offset,
    "n": lambda f: "\n",
    "t": lambda f: "\t",
    "%": lambda f: "%",
}

# Conversions that stand for a format of other conversions (the C locale's).
_COMPOSITES = {
    "c": "%a %b %e %H:%M:%S %Y",
    "D": "%m/%d/%y",
    "x": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "T": "%H:%M:%S",
    "X": "%H:%M:%S",
    "r": "%I:%M:%S %p",
    "R": "%H:%M",
}


def _strftime(format, f):
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c != "%":
            j = format.find("%", i)
            if j < 0:
                j = n
            out.append(format[i:j])
            i = j
            continue
        start = i
        i += 1
        flags = ""
        while i < n and format[i] in "-_0^#":
            flags += format[i]
            i += 1
        width = 0
        while i < n and "0" <= format[i] <= "9":
            width = width * 10 + ord(format[i]) - 48
            i += 1
        if i < n and format[i] in "EO":
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        out.append(_conversion(format[i], flags, width, f, format[start:i + 1]))
        i += 1
    return "".join(out)


def _conversion(c, flags, width, f, spec):
    if c in _NUMBERS:
        pad, digits, value = _NUMBERS[c]
        number = value(f)
        if "-" in flags:
            pad = " " if width else ""
        elif "_" in flags:
            pad = " "
        elif "0" in flags or (pad == "" and width):
            pad = "0"
        digits = width or digits
        text = str(abs(number))
        sign = "-" if number < 0 else ""
        if pad:
            text = text.rjust(digits - len(sign), pad)
        return sign + text
    if c in _TEXTS:
        text = _TEXTS[c](f)
        if "^" in flags:
            text = text.upper()
        elif "#" in flags:
            text = text.lower() if c in "pZ" else text.upper()
        if c == "%" and width:
            return text.rjust(width)
        return text.rjust(width, "0" if "0" in flags else " ")
    if c in _COMPOSITES:
        text = _strftime(_COMPOSITES[c], f)
        if "^" in flags:
            text = text.upper()
        return text.rjust(width)
    return spec
