# The Python half of time, written from its documentation: struct_time, gmtime,
# localtime, mktime, asctime, ctime, strftime, strptime (lib/_strptime.py) and the
# time-zone constants. The clocks, sleep and the C library's conversions
# (_broken_down, _mktime, _zone, _strftime) are the native half,
# src/builtins/modules/time.rs.

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


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


def tzset():
    # Reads TZ again: the C library's zone and the constants describing it.
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, standard, saving = _zone()
    tzname = (standard, saving)


tzset()


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


def _extra(t):
    # What the C library reads of a struct_time beyond its nine fields.
    if isinstance(t, struct_time):
        return (t._zone, t._gmtoff)
    return None


def asctime(t=None):
    if t is None:
        t = localtime()
    return _strftime("asctime", "%a %b %e %H:%M:%S %Y", t, _extra(t))


def mktime(t):
    return _mktime(t, isinstance(t, struct_time))


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _strftime("strftime", format, t, _extra(t))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(data_string, format)
