# datetime.strptime and time.strptime: the usual directives, defaults, %z and
# %Z, 12-hour clocks, week numbers, ISO weeks, and CPython's error messages.
import time
from datetime import datetime

cases = [
    ("10/Oct/2000:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z"),
    ("2023-01-15 08:30:00", "%Y-%m-%d %H:%M:%S"),
    ("2023-01-15T08:30:00.5Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("15 March 2024", "%d %B %Y"),
    ("mon, 02 jan 2006 15:04:05 +0000", "%a, %d %b %Y %H:%M:%S %z"),
    ("Monday 02 January 06", "%A %d %B %y"),
    ("03:04 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:30 PM", "%I:%M %p"),
    ("2024 060", "%Y %j"),
    ("2001 5 3", "%Y %U %w"),
    ("2001 5 3", "%Y %W %w"),
    ("2004 53 7", "%G %V %u"),
    ("1/2/3", "%m/%d/%y"),
    ("69 12", "%y %m"),
    ("  7   8", " %d %m"),
    ("+01:30", "%z"),
    ("-01:30:15.25", "%z"),
    ("12 UTC", "%H %Z"),
    ("12 UTC +0100", "%H %Z %z"),
    ("Tue Oct 10 13:55:36 2000", "%c"),
    ("10/10/00", "%x"),
    ("13:55:36", "%X"),
    ("20001010135536", "%Y%m%d%H%M%S"),
    ("123", "%H%M"),
    ("100%", "%d%%"),
    ("02-29", "%m-%d"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

print(time.strptime("10/Oct/2000:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z"))
print(time.strptime("2000 +0100", "%Y %z").tm_gmtoff, time.strptime("2000 UTC", "%Y %Z").tm_zone)
print(time.strptime("Tue Oct 10 13:55:36 2000"), time.strptime("2000", "%Y").tm_isdst)

bad = [
    ("x", "%Y"), ("2000x", "%Y"), ("2000", "%e"), ("2000", "%Y%"), ("2000", "%."),
    ("2001-02-29", "%Y-%m-%d"), ("02-30", "%m-%d"), ("2001 5", "%G %V"),
    ("2001 5", "%Y %V"), ("5 1", "%V %u"), ("2000 1", "%G %j"), ("-01:3015", "%z"),
    ("EST", "%Z"), ("mon", "%A"), ("SepTEMBER", "%b"), ("24:00", "%H:%M"),
    ("1999 12 31 +1", "%Y %m %d %z"), (" 7 8 ", "%B %d"), ("2000", "%b%Y"), ("2000 1", "%Y %Y"[:2] + " %m"),
]
for text, fmt in bad:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print("ValueError:", e)
for args in [(5, "%Y"), ("2000", 5)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
