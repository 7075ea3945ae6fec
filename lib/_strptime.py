# strptime for time and datetime, written from their documentation: a format
# is read into literal text, runs of whitespace and directives; each directive
# stands for the alternatives CPython's regular expression for it has (tried in
# the same order, case-insensitively, with backtracking), and the first way the
# whole format matches a prefix of the data gives the fields, which are then
# combined as CPython does (defaults 1900-01-01, %I with %p, %j, %U/%W with a
# weekday, %G/%V/%u, %z, %Z).

import time

_DIGITS = "0123456789"


def _alternatives(*patterns):
    # Each pattern is a sequence of character sets, one per character matched.
    return tuple(tuple(_DIGITS if part == "d" else part for part in pattern)
                 for pattern in patterns)


# The regular expressions of CPython's TimeRE, as alternatives: "d" is a digit.
_NUMBER_DIRECTIVES = {
    "d": _alternatives(("3", "01"), ("12", "d"), ("0", "123456789"),
                       ("123456789",), (" ", "123456789")),
    "H": _alternatives(("2", "0123"), ("01", "d"), ("d",)),
    "I": _alternatives(("1", "012"), ("0", "123456789"), ("123456789",)),
    "G": _alternatives(("d", "d", "d", "d")),
    "Y": _alternatives(("d", "d", "d", "d")),
    "y": _alternatives(("d", "d")),
    "j": _alternatives(("3", "6", "0123456"), ("3", "012345", "d"),
                       ("12", "d", "d"), ("0", "123456789", "d"),
                       ("0", "0", "123456789"), ("123456789", "d"),
                       ("0", "123456789"), ("123456789",)),
    "m": _alternatives(("1", "012"), ("0", "123456789"), ("123456789",)),
    "M": _alternatives(("012345", "d"), ("d",)),
    "S": _alternatives(("6", "01"), ("012345", "d"), ("d",)),
    "U": _alternatives(("5", "0123"), ("01234", "d"), ("d",)),
    "W": _alternatives(("5", "0123"), ("01234", "d"), ("d",)),
    "w": _alternatives(("0123456",)),
    "u": _alternatives(("1234567",)),
    "V": _alternatives(("5", "0123"), ("0", "123456789"), ("1234", "d"), ("d",)),
}

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday"]
_WEEKDAY_ABBR = [name[:3] for name in _WEEKDAYS]
_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december"]
_MONTH_ABBR = [name[:3] for name in _MONTHS]
_AM_PM = ["am", "pm"]

# Directives that stand for a format (the C locale's %c, %x and %X).
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _timezones():
    no_saving = {"utc", "gmt", time.tzname[0].lower()}
    saving = {time.tzname[1].lower()} if time.daylight else set()
    return no_saving, saving


def _by_length(names):
    # Longest first, as CPython orders the alternatives so none hides a longer one.
    return sorted(names, key=len, reverse=True)


def _name_directives():
    no_saving, saving = _timezones()
    return {
        "a": _by_length(_WEEKDAY_ABBR),
        "A": _by_length(_WEEKDAYS),
        "b": _by_length(_MONTH_ABBR[1:]),
        "B": _by_length(_MONTHS[1:]),
        "p": _by_length(_AM_PM),
        "Z": _by_length(list(no_saving) + list(saving)),
    }


# Compiled formats by (format, time-zone names): the names of the directives
# and the format's items.
_CACHE = {}


def _compiled(format):
    key = (format, time.tzname, time.daylight)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 100:
            _CACHE.clear()
        names = _name_directives()
        found = _CACHE[key] = (names, _merge_text(_parse_format(format, names)))
    return found


def _merge_text(items):
    # Runs of literal characters as one item.
    merged = []
    for item in items:
        if item[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + item[1])
        else:
            merged.append(item)
    return merged


_REGEX_SPECIAL = "\\.^$*+?(){}[]|"


def _parse_format(format, names):
    # The format as a list of ("text", s), ("space", None) and ("directive", c) items.
    items = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            items.append(("space", None))
            continue
        if c != "%":
            items.append(("text", c.lower()))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i + 1]
        i += 2
        if d == "%":
            items.append(("text", "%"))
        elif d in _EXPANSIONS:
            items.extend(_parse_format(_EXPANSIONS[d], names))
        elif d in _NUMBER_DIRECTIVES or d in names or d in "fz":
            items.append(("directive", d))
        else:
            bad = "%" if d in _REGEX_SPECIAL or d.isspace() else d
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format))
    return items


def _pattern_ends(s, pos, alternatives):
    ends = []
    for pattern in alternatives:
        end = pos + len(pattern)
        if end <= len(s):
            k = 0
            for chars in pattern:
                if s[pos + k] not in chars:
                    break
                k += 1
            else:
                ends.append(end)
    return ends


def _digit_run(s, pos, most):
    n = 0
    while n < most and pos + n < len(s) and s[pos + n] in _DIGITS:
        n += 1
    return n


def _offset_ends(s, pos):
    # [+-]HH:?MM(:?SS(.ffffff)?)? or a capital Z, in the order a regex tries them.
    ends = []
    if pos < len(s) and s[pos] in "+-" and _digit_run(s, pos + 1, 2) == 2:
        p = pos + 3
        for colon in ([1] if s[p:p + 1] == ":" else []) + [0]:
            q = p + colon
            if q + 2 <= len(s) and s[q] in "012345" and s[q + 1] in _DIGITS:
                q += 2
                for colon2 in ([1] if s[q:q + 1] == ":" else []) + [0]:
                    r = q + colon2
                    if r + 2 <= len(s) and s[r] in "012345" and s[r + 1] in _DIGITS:
                        r += 2
                        if s[r:r + 1] == ".":
                            ends.extend(r + 1 + k
                                        for k in range(_digit_run(s, r + 1, 6), 0, -1))
                        ends.append(r)
                ends.append(q)
    if s[pos:pos + 1] == "Z":
        ends.append(pos + 1)
    return ends


def _ends(item, s, lower, pos, names):
    # Where `item` can end when it starts at `pos`, in the order a regex tries.
    kind, what = item
    if kind == "text":
        end = pos + len(what)
        return [end] if lower[pos:end] == what else []
    if kind == "space":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        return list(range(end, pos, -1))
    if what in _NUMBER_DIRECTIVES:
        return _pattern_ends(s, pos, _NUMBER_DIRECTIVES[what])
    if what == "f":
        return list(range(pos + _digit_run(s, pos, 6), pos, -1))
    if what == "z":
        return _offset_ends(s, pos)
    return [pos + len(name) for name in names[what]
            if lower[pos:pos + len(name)] == name]


def _match(items, s, names):
    # The text each directive matched and where the match ends, or None when the
    # format matches no prefix of s.
    lower = s.lower()
    found = {}
    # The choices left for backtracking: (item index, start, ends, next choice).
    stack = []
    k, pos, ends, choice = 0, 0, None, 0
    while k < len(items):
        if ends is None:
            ends, choice = _ends(items[k], s, lower, pos, names), 0
        if choice == len(ends):
            if not stack:
                return None
            k, pos, ends, choice = stack.pop()
            continue
        end = ends[choice]
        if choice + 1 < len(ends):
            stack.append((k, pos, ends, choice + 1))
        kind, what = items[k]
        if kind == "directive":
            found[what] = s[pos:end]
        k, pos, ends = k + 1, end, None
    return found, pos


def _offset(text):
    # Seconds and microseconds east of UTC of a %z match.
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    hours, minutes = int(z[1:3]), int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = hours * 3600 + minutes * 60 + seconds
    fraction = z[8:]
    micro = int(fraction + "0" * (6 - len(fraction))) if fraction else 0
    if z.startswith("-"):
        return -offset, -micro
    return offset, micro


def _julian_from_week(year, week, weekday, monday_first):
    # The day of the year of a %U or %W week number and a weekday (Monday 0).
    import datetime
    first = datetime.date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week_0_length + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    # The calendar year and day of the year of an ISO year, week and weekday.
    import datetime
    correction = datetime.date(iso_year, 1, 4).isoweekday() + 3
    julian = iso_week * 7 + iso_weekday - correction
    if julian < 1:
        julian += datetime.date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        julian -= datetime.date(iso_year, 1, 1).toordinal()
    return iso_year, julian


_ISO_YEAR_ALONE = ("ISO year directive '%G' must be used with the ISO week "
                   "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_ALONE = ("ISO week directive '%V' must be used with the ISO year "
                   "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    # ((year, month, day, hour, minute, second, weekday, julian, isdst, zone name,
    # UTC offset), microseconds, microseconds of the offset).
    import datetime
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))
    names, items = _compiled(format)
    match = _match(items, data_string, names)
    if match is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    found, end = match
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = iso_year = iso_week = week = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    monday_first = False
    isdst = -1
    for d, text in found.items():
        low = text.lower()
        if d == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(text)
        elif d == "G":
            iso_year = int(text)
        elif d == "m":
            month = int(text)
        elif d == "B":
            month = _MONTHS.index(low)
        elif d == "b":
            month = _MONTH_ABBR.index(low)
        elif d == "d":
            day = int(text)
        elif d == "H":
            hour = int(text)
        elif d == "I":
            hour = int(text)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif d == "M":
            minute = int(text)
        elif d == "S":
            second = int(text)
        elif d == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif d == "A":
            weekday = _WEEKDAYS.index(low)
        elif d == "a":
            weekday = _WEEKDAY_ABBR.index(low)
        elif d == "w":
            weekday = (int(text) + 6) % 7
        elif d == "u":
            weekday = int(text) - 1
        elif d == "j":
            julian = int(text)
        elif d in "UW":
            week = int(text)
            monday_first = d == "W"
        elif d == "V":
            iso_week = int(text)
        elif d == "z":
            gmtoff, gmtoff_fraction = _offset(text)
        elif d == "Z":
            for value, zones in enumerate(_timezones()):
                if low in zones:
                    if not (time.tzname[0] == time.tzname[1] and time.daylight
                            and low not in ("utc", "gmt")):
                        isdst = value
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError(_ISO_YEAR_ALONE)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with "
                             "ISO year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError(_ISO_WEEK_ALONE)
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = year is None and month == 2 and day == 29
    if leap_year_fix:
        # Parsed in a leap year, so that February 29 passes, then reported as 1900.
        year = 1904
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if datetime._is_leap(year) else 365
    if julian is None:
        year, month, day = datetime._check_date(year, month, day)
        julian = datetime._days_before_month(year, month) + day
    else:
        result = datetime.date.fromordinal(
            julian - 1 + datetime.date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = (datetime._ymd_to_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             found.get("Z"), gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime.timezone(delta, zone) if zone else datetime.timezone(delta),)
    return cls(*args)
