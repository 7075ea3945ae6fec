# time's calendar functions: gmtime, localtime (the process runs in UTC),
# mktime, struct_time as a struct sequence, asctime, ctime, strftime and the
# time-zone constants.
import time

t = time.gmtime(971186136)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), tuple(t), list(t)[:3], t.tm_zone, t.tm_gmtoff)
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), t.n_fields, t.n_sequence_fields)
print(t == (2000, 10, 10, 13, 55, 36, 1, 284, 0), t < (2001,), hash(t) == hash(tuple(t)))
year, month, day, *rest = t
print(year, month, day, rest)
print(time.gmtime(0), time.gmtime(-1.5), time.gmtime(2**40))
print(time.localtime(0), time.localtime(971186136).tm_zone)
print(time.mktime(time.localtime(971186136)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 1, 0, 0, 0, 0, 0, 0, -1)))
print(time.asctime(t), time.ctime(0), time.ctime(971186136.9))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((20000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
s = time.struct_time((2000, 1, 5, 13, 4, 5, 2, 5, 0, "EST", -18000))
print(s, s.tm_zone, s.tm_gmtoff, time.strftime("%Z %z", s))
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_isdst, time.struct_time(range(9), {"tm_zone": "X"}).tm_zone)

fmt = "%a %A %b %B %c|%d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %C %%"
print(repr(time.strftime(fmt, t)))
print(time.strftime("%-d|%_d|%05d|%^a|%#b|%10A|%-H|%E|%Q|%Ey|x%", (2000, 1, 5, 3, 4, 5, 2, 5, 0)))
print(time.strftime("%Y|%y|%C", (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y|%y|%C", (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y %j %a", (2000, 0, 0, 0, 0, 0, -1, 0, 0)), time.strftime("%a", (2008, 12, 29, 3, 4, 5, 7, 1, 0)))
print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.strftime("", t))

tests = [
    lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e30),
    lambda: time.mktime(5), lambda: time.mktime((1, 2, 3)), lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 0, 0)),
    lambda: time.strftime("%Y", (2000, 12, 32, 0, 0, 0, 0, 0, 0)), lambda: time.strftime("%Y", (2000, 12, 31, 24, 0, 0, 0, 0, 0)),
    lambda: time.strftime("%Y", (2000, 12, 31, 23, 60, 0, 0, 0, 0)), lambda: time.strftime("%Y", (2000, 12, 31, 23, 0, 62, 0, 0, 0)),
    lambda: time.strftime("%Y", (2000, 12, 31, 23, 0, 0, 0, 367, 0)), lambda: time.strftime("%Y", (2000, 12, 31, 23, 0, 0, -2, 1, 0)),
    lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1)), lambda: time.strftime("%Y", 5), lambda: time.strftime(5),
    lambda: time.strftime("%Y", (2000.0, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("\0"),
    lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0, "X", 3)), lambda: time.struct_time((1, 2)),
    lambda: time.struct_time(range(12)), lambda: time.struct_time(5), lambda: t[9],
]
for test in tests:
    try:
        print(test())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
