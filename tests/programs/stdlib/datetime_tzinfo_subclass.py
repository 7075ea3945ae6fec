# tzinfo subclasses whose offsets depend on the datetime (with DST boundaries
# made as datetimes in the zone itself), one whose utcoffset raises, and the
# tuple methods a datetime does not have.
from datetime import datetime, timedelta, timezone, tzinfo


class Zone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        start = datetime(dt.year, 3, 26, 1, tzinfo=self)
        end = datetime(dt.year, 10, 29, 1, tzinfo=self)
        naive = dt.replace(tzinfo=None)
        inside = start.replace(tzinfo=None) <= naive < end.replace(tzinfo=None)
        return timedelta(hours=1) if inside else timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"


z = Zone()
a = datetime(2023, 7, 1, 12, tzinfo=z)
b = datetime(2023, 7, 1, 10, tzinfo=timezone.utc)
print(a, b, a == b, a.utcoffset(), {a: 1}.get(b), a - b)
print(a.astimezone(timezone.utc), b.astimezone(z), b.astimezone(z).tzname())
winter = datetime(2023, 1, 1, tzinfo=z)
print(winter.tzname(), winter == datetime(2023, 1, 1, tzinfo=z), winter < a, [str(x) for x in sorted([a, winter, b])])
print(winter.strftime("%H:%M %Z %z"), (a + timedelta(days=180)).tzname())


class Broken(tzinfo):
    def utcoffset(self, dt):
        raise RuntimeError("no offset")


c = datetime(2000, 1, 1, tzinfo=Broken())
print(repr(c.replace(tzinfo=None)), c.year)
try:
    c < datetime(2000, 1, 1, tzinfo=timezone.utc)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.utcoffset()
except RuntimeError as e:
    print("RuntimeError:", e)

d = datetime(2000, 1, 1)
print(hasattr(d, "count"), hasattr(d, "index"), hasattr(d, "year"))
for op in (lambda: d.count(1), lambda: len(d), lambda: d[0], lambda: list(d), lambda: 1 in d):
    try:
        op()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
