# timedelta normalisation, arithmetic and reprs; datetime and date arithmetic;
# comparisons, sorting and hashing (dict keys, sets).
from datetime import date, datetime, timedelta, timezone

for td in [timedelta(days=1, seconds=3600), timedelta(0), timedelta(seconds=-1),
           timedelta(microseconds=-1), timedelta(weeks=2, hours=-3, minutes=1.5),
           timedelta(days=-1, seconds=61200), timedelta(hours=36), timedelta(milliseconds=1.5),
           timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(days=0.1),
           timedelta.min, timedelta.max, timedelta.resolution]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(b - a), a * 3, 3 * a, a * 0.5, a / 4, a / 7.0)
print(a // b, a / b, a % b, divmod(a, b), a // 7, divmod(-a, b))
print(a > b, a == timedelta(seconds=18000), a != b, a == 5, bool(timedelta()), bool(b))
print(sorted([a, b, -a, timedelta(0)]), max(a, b), min(a, b))
print(sum([a, b, b], timedelta()), timedelta(seconds=1) / 3, timedelta(seconds=1) // 3)
print(timedelta(days=1) * 0.1, timedelta(seconds=10) % timedelta(seconds=-3))

x = datetime(2000, 2, 28, 23, 30)
print(x + timedelta(hours=1), x + timedelta(days=1), x - timedelta(days=59))
print(timedelta(minutes=90) + x, x - datetime(1999, 12, 31), datetime(1999, 12, 31) - x)
print(date(2000, 3, 1) - date(2000, 2, 1), date(2000, 1, 1) + timedelta(days=366, hours=23))
print(date(2000, 1, 1) - timedelta(days=1), date(2024, 1, 31) + timedelta(weeks=4))
print((datetime(2000, 1, 2, 3, 4, 5, 6) - datetime(2000, 1, 1)).total_seconds())

# Comparisons and ordering.
days = [date(2001, 1, 1), date(1999, 12, 31), date(2000, 6, 15)]
print(sorted(days), min(days), max(days), date(2000, 1, 1) < date(2000, 1, 2))
print(date(2000, 1, 1) == datetime(2000, 1, 1), datetime(2000, 1, 1) == datetime(2000, 1, 1, 0))
u = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
e = datetime(2000, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))
print(u == e, u - e, u < e + timedelta(microseconds=1), u == datetime(2000, 1, 1, 12))

# Hashing: equal values are one dict key, whatever their time zone.
counts = {}
for value in [date(2000, 1, 1), date(2000, 1, 1), date(2000, 1, 2), datetime(2000, 1, 1)]:
    counts[value] = counts.get(value, 0) + 1
print(counts)
print({u: "utc"}[e], {timedelta(hours=24): 1}[timedelta(days=1)], len({u, e, u.replace(tzinfo=None)}))
print(hash(date(2000, 1, 1)) == hash(date(2000, 1, 1)), (2000, 1, 1) in {date(2000, 1, 1): 0})
by_day = {}
for stamp in [datetime(2000, 1, 1, 9), datetime(2000, 1, 1, 17), datetime(2000, 1, 2, 8)]:
    by_day.setdefault(stamp.date(), []).append(stamp.hour)
print(by_day)

# Overflow at the ends of the range.
for op in [lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1),
           lambda: timedelta.max + timedelta.resolution, lambda: timedelta(days=10**9),
           lambda: timedelta(1) * 10**12]:
    try:
        op()
    except OverflowError as exc:
        print("OverflowError:", exc)
