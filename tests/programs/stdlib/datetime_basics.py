# date, time and datetime: construction, attributes, reprs, ISO forms, the
# calendar (weekday, ordinal, ISO calendar), replace and combine.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, MINYEAR, MAXYEAR

d = date(2000, 10, 10)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()))
print(d.isocalendar(), d.isocalendar().week, tuple(date(2004, 1, 1).isocalendar()))
print(d.isoformat(), d.ctime(), d.timetuple())
print(d.replace(year=2001), d.replace(day=31), date.fromisocalendar(2004, 53, 7))
for y, m, dd in [(2004, 1, 1), (2005, 1, 1), (2008, 12, 29), (2010, 1, 3), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.toordinal(), x.weekday())

t = time(13, 55, 36, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time(), repr(time(1)), repr(time(1, 2, 3)), time(1, 2, 3).isoformat("minutes"))
print(t.isoformat("milliseconds"), t.isoformat("hours"), t.replace(hour=1))
print(bool(time()), time(0, fold=1).fold)

x = dt(2000, 10, 10, 13, 55, 36)
print(x, repr(x), x.date(), x.time(), x.timetz())
print(repr(dt(2000, 1, 1)), repr(dt(2000, 1, 1, 0, 0, 0, 1)), repr(dt(2000, 1, 1, fold=1)))
print(x.isoformat(), x.isoformat(" "), x.isoformat(timespec="microseconds"))
print(x.ctime(), x.timetuple(), x.utctimetuple())
print(x.replace(minute=0, second=0), x.replace(tzinfo=timezone.utc))
print(dt.combine(date(2020, 2, 29), time(23, 59)), dt.combine(d, t, tzinfo=timezone.utc))
print(isinstance(x, date), isinstance(d, dt), issubclass(dt, date))
print(date.min, date.max, repr(date.resolution))
print(repr(dt.min), repr(dt.max), repr(time.min), repr(time.max))
print(MINYEAR, MAXYEAR, datetime.UTC is timezone.utc)
print(type(x).__name__, type(x).__module__, repr(type(x)), type(d.isocalendar()).__name__)

# Leap years and month lengths.
for year in (1900, 2000, 2023, 2024):
    try:
        print(year, date(year, 2, 29))
    except ValueError as e:
        print(year, e)

# Ordinals round-trip across the whole range.
for n in (1, 2, 365, 366, 730119, 730120, 3652059):
    print(n, date.fromordinal(n), date.fromordinal(n).toordinal() == n)

# Timestamps, with an explicit time zone (deterministic).
print(dt.fromtimestamp(0, timezone.utc), dt.fromtimestamp(971186136, timezone.utc))
print(dt.fromtimestamp(-1.5, timezone.utc), dt.utcfromtimestamp(1.25))
print(dt(2000, 1, 1, tzinfo=timezone.utc).timestamp(), dt(1969, 12, 31, 23, tzinfo=timezone.utc).timestamp())
print(dt.fromtimestamp(1e9, timezone(timedelta(hours=-7))))

# Subclasses keep their class through replace and arithmetic.
class Day(date):
    def label(self):
        return self.strftime("%A %d %B")

day = Day(2024, 3, 1)
print(repr(day), day.label(), repr(day + timedelta(1)), repr(day.replace(day=2)))
