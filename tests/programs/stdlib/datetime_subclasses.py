# Subclasses of datetime, timedelta and date keep their class through
# arithmetic, replace and the alternative constructors as in CPython; a
# tzinfo subclass with a fixed offset; timezone cannot be subclassed.
from datetime import *
class Stamp(datetime):
    def __new__(cls, *args, label="x", **kw):
        self = super().__new__(cls, *args, **kw)
        self.label = label
        return self
    def __repr__(self):
        return "Stamp<%s %s>" % (self.label, self.isoformat())
s = Stamp(2000, 1, 2, 3, label="a")
print(s, repr(s), s.label, type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__)
print(type(s.replace(hour=5)).__name__, type(s.astimezone(timezone.utc)).__name__, type(Stamp.fromisoformat("2000-01-01")).__name__)
print(s - datetime(2000, 1, 1), s == datetime(2000, 1, 2, 3), {s: 1}[datetime(2000, 1, 2, 3)], s < datetime(2001, 1, 1))
class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600
sp = Span(hours=5)
print(repr(sp), sp.hours(), type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__, sp == timedelta(hours=5))
class D(date):
    pass
print(repr(D.today() - D.today()), type(D(2000, 1, 1) + timedelta(3)).__name__, type(D.fromordinal(5)).__name__, repr(D(2000,1,1)))
try:
    class Zone(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
z = timezone(timedelta(hours=1), "Z")
print(repr(z), z == timezone(timedelta(hours=1)), str(datetime(2000, 1, 1, tzinfo=z)))
print(Stamp.min, type(Stamp.min).__name__, Stamp.now().__class__.__name__)
class T(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "T%+d" % self.h
x = datetime(2000, 1, 1, 12, tzinfo=T(3))
print(x, x.tzname(), x.astimezone(T(-2)), x.astimezone(timezone.utc), x.timestamp(), x == datetime(2000, 1, 1, 9, tzinfo=timezone.utc))
print(time(12, tzinfo=T(3)).utcoffset(), time(12, tzinfo=T(3)) == time(9, tzinfo=timezone.utc), time(12, tzinfo=T(3)).isoformat())
