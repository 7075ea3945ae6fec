# fromisoformat of date, time and datetime (Python 3.11's ISO 8601 forms) and
# the isoformat round trip.
from datetime import date, datetime, time, timedelta, timezone

for text in ["2000-01-01", "20000101", "2004-W53-7", "2004W537", "2000-W01", "2000W01",
             "2000-01", "2000-1-1", " 2000-01-01", "2000-01-01T", "2000-W53", "2000-02-30"]:
    try:
        print(repr(text), repr(date.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

for text in ["10", "1000", "10:00", "10:00:00.12", "10:00:00.1234567", "100000.5", "10:00.5",
             "10:00:00,5", "T10:00", "10:00:00+01", "10:00:00+0130", "10:00:00Z", "10:00:00-00:00",
             "10:00:00+01:00:00.5", "10:00:00.", "10:0", "10:0000", "1000:00", "10:00:00z",
             "10:00:00+01:00Z", "24:00", "1"]:
    try:
        print(repr(text), repr(time.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

for text in ["2000-01-01T10:20:30.123+05:30", "2000-01-01 10:20:30,5Z", "20000101T102030",
             "2000-01-01T10", "2000-01-01T1020", "2000-01-01T10:2", "2000-01-01X10:00",
             "2000-01-01T10:00:00-0530", "2000-01-01T10:00:00+00:00", "2000-W01-1T10",
             "2011-11-04T00:05:23+04:00", "2000-01-01T25:00", "2000-01-01T10:00:00+24:00"]:
    try:
        print(repr(text), repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

# Python 3.11's parser is lenient in places; the same strings parse the same way.
for text in ["2000-01-01T10:20:30 Z", "2000-01-01T10:20:305+01:00", "20001021", "5000W03116",
             "2000W01110:00", "2000W011110:00", "2000-W01-110", "2000-W01T10", "10:00:-00,52",
             "2000-01-01T10Z00", "0000W011", "2000-01-01T10:00:00,Z", "2000210110", "T10:-00"]:
    for cls in (date, time, datetime):
        try:
            print(cls.__name__, repr(text), repr(cls.fromisoformat(text)))
        except ValueError as e:
            print(cls.__name__, repr(text), "ValueError:", e)

stamps = [datetime(2000, 1, 1), datetime(2000, 1, 1, 1, 2, 3, 4),
          datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
          datetime(1, 1, 1, tzinfo=timezone(timedelta(seconds=1, microseconds=5)))]
for stamp in stamps:
    print(stamp.isoformat(), datetime.fromisoformat(stamp.isoformat()) == stamp)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, stamps[1].isoformat(timespec=spec), time(1, 2, 3, 4567).isoformat(spec))
for bad in [lambda: stamps[0].isoformat(timespec="bad"), lambda: date.fromisoformat(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
