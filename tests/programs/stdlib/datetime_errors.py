# The range checks and type errors of the datetime constructors and
# operations, with CPython's messages; the last one is uncaught.
from datetime import date, datetime, time, timedelta, timezone

attempts = [
    lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2000, 13, 1),
    lambda: date(2000, 2, 30), lambda: date(2000.0, 2, 3), lambda: date("2000", 2, 3),
    lambda: date(2000, 2), lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60),
    lambda: time(1, 1, 1, 10**6), lambda: time(fold=2), lambda: time(tzinfo=1),
    lambda: datetime(2000, 1, 1, tzinfo="UTC"), lambda: datetime(2000, 1),
    lambda: timedelta(days=10**9), lambda: timedelta(seconds="1"), lambda: timedelta(1) < 1,
    lambda: timedelta(1) + 1, lambda: 1 + timedelta(1), lambda: timedelta(1) * "a",
    lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0),
    lambda: timedelta(1) % timedelta(0), lambda: date(2000, 1, 1) < datetime(2000, 1, 1),
    lambda: datetime(2000, 1, 1) < date(2000, 1, 1), lambda: date(2000, 1, 1) < 5,
    lambda: datetime(2000, 1, 1) - date(2000, 1, 1), lambda: date(2000, 1, 1) + 1,
    lambda: date(2000, 1, 1) - 1, lambda: timedelta(1) - datetime(2000, 1, 1),
    lambda: date.fromordinal(0), lambda: date.fromordinal(3652060),
    lambda: date.fromisocalendar(2004, 54, 1), lambda: date.fromisocalendar(2004, 1, 8),
    lambda: date.fromisocalendar(0, 1, 1), lambda: timezone(1), lambda: timezone(timedelta(hours=24)),
    lambda: timezone(timedelta(hours=2), 3), lambda: timezone.utc.utcoffset(5),
    lambda: datetime.combine(5, time()), lambda: datetime(2000, 1, 1).isoformat(sep="ab"),
    lambda: datetime(2000, 1, 1).astimezone(5), lambda: timedelta(1) * float("nan"),
    lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp("x"),
    lambda: len(date(2000, 1, 1)), lambda: date(2000, 1, 1)[0], lambda: list(timedelta(1)),
    lambda: datetime(2000, 1, 1).strftime(5),
    # The values are no sequences and have no other operators.
    lambda: date(2000, 1, 1) * 2, lambda: 2 * date(2000, 1, 1), lambda: time(1) + (1,),
    lambda: (1,) + time(1), lambda: "a" + date(2000, 1, 1), lambda: [1] * timedelta(1),
    lambda: timezone.utc < timezone.utc, lambda: timedelta(1) * timedelta(1),
    lambda: date(2000, 1, 1) + date(2000, 1, 1), lambda: divmod(timedelta(1), 5),
    lambda: divmod(timedelta(1), date(2000, 1, 1)), lambda: -date(2000, 1, 1),
    lambda: abs(time(1)), lambda: time(1) < timedelta(1), lambda: timedelta(1) < datetime(2000, 1, 1),
    lambda: reversed(date(2000, 1, 1)), lambda: date(2000, 1, 1).index(1),
    lambda: date(2000, None, 1), lambda: date(2000, 1, 2**40), lambda: date(10**20, 1, 1),
    lambda: date.fromisocalendar(2**40, 1, 1), lambda: datetime(2000, 1, 1).replace(hour=None),
    lambda: timezone(timedelta(0), None), lambda: datetime(1, 999999, 2000, "1"),
    lambda: datetime.utcfromtimestamp(1e15), lambda: datetime.utcfromtimestamp(1e17),
    lambda: date.fromtimestamp(None), lambda: time(1).isoformat(None),
    lambda: datetime.combine(timezone.utc, time()),
]
for attempt in attempts:
    try:
        attempt()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, AttributeError, OSError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")

print(datetime(2000, 1, 1) < datetime(2000, 1, 1, tzinfo=timezone.utc))
