# timezone (utc, fixed offsets, names), aware arithmetic and comparisons,
# astimezone with fixed offsets, and a tzinfo subclass with DST rules.
from datetime import datetime, time, timedelta, timezone, tzinfo

for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=-7)),
           timezone(timedelta(hours=5, minutes=30), "IST"), timezone(timedelta(seconds=-61)),
           timezone.min, timezone.max, timezone(timedelta(0), "UTC")]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))

x = datetime(2000, 10, 10, 13, 55, 36, tzinfo=timezone(timedelta(days=-1, seconds=61200)))
print(repr(x))
print(x, x.utcoffset(), x.tzname(), x.dst(), x.isoformat())
print(x.astimezone(timezone.utc), x.astimezone(timezone(timedelta(hours=9), "JST")))
print(repr(x.astimezone(timezone.utc)), x.timestamp(), x.utctimetuple())
print(x.timetuple())
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=5, seconds=30))).isoformat())
print(str(datetime(2000, 1, 1, 1, 2, 3, tzinfo=timezone(timedelta(hours=-5, microseconds=30)))))
print(time(12, tzinfo=timezone.utc), repr(time(12, tzinfo=timezone.utc)), time(12, tzinfo=timezone.utc).utcoffset())

# Naive and aware values do not mix.
naive, aware = datetime(2000, 1, 1), datetime(2000, 1, 1, tzinfo=timezone.utc)
print(naive == aware, naive != aware)
for op in [lambda: naive < aware, lambda: naive - aware, lambda: time(1) < time(1, tzinfo=timezone.utc)]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


class Eastern(tzinfo):
    # US Eastern time with the 2007 rules: DST from the second Sunday of March
    # to the first Sunday of November, at 2:00.
    def _dst_range(self, year):
        march = datetime(year, 3, 8, 2)
        start = march + timedelta(days=(6 - march.weekday()) % 7)
        november = datetime(year, 11, 1, 2)
        end = november + timedelta(days=(6 - november.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


eastern = Eastern()
for month in (1, 3, 7, 11, 12):
    stamp = datetime(2024, month, 15, 12, tzinfo=eastern)
    print(stamp, stamp.tzname(), stamp.utcoffset(), stamp.dst(), stamp.astimezone(timezone.utc))
summer = datetime(2024, 7, 4, 9, tzinfo=eastern)
print(repr(summer), summer.strftime("%Y-%m-%d %H:%M %Z %z"), summer.timetuple().tm_isdst)
print(datetime(2024, 7, 4, 13, tzinfo=timezone.utc).astimezone(eastern))
print(summer == datetime(2024, 7, 4, 13, tzinfo=timezone.utc), {summer: 1}.get(datetime(2024, 7, 4, 13, tzinfo=timezone.utc)))

# The abstract base refuses.
for name in ("utcoffset", "dst", "tzname"):
    try:
        getattr(tzinfo(), name)(None)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
