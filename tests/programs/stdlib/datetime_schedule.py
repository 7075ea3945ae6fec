# A small scheduling program: recurring meetings in a generator, business days,
# month ends, ages, durations formatted by hand, and a timeline grouped by ISO week.
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone


def every(start, step, until):
    current = start
    while current < until:
        yield current
        current += step


def business_days(start, end):
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def month_end(d):
    first_next = (d.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next - timedelta(days=1)


def add_months(d, months):
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, month_end(date(year, month, 1)).day))


def age(born, on):
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years


def human(delta):
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")) if n]
    return sign + (" ".join(parts) or "0s")


start = datetime(2024, 2, 26, 9, 30, tzinfo=timezone.utc)
meetings = list(every(start, timedelta(days=2, hours=3), start + timedelta(weeks=2)))
for m in meetings:
    print(f"{m:%a %d %b %H:%M}", m.isocalendar().week, human(m - start))

by_week = defaultdict(list)
for m in meetings:
    year, week, _ = m.isocalendar()
    by_week[(year, week)].append(m.strftime("%a"))
print(dict(by_week))

days = list(business_days(date(2024, 2, 26), date(2024, 3, 10)))
print(len(days), days[0], days[-1], [d.strftime("%d") for d in days])
for d in [date(2024, 1, 31), date(2024, 2, 10), date(2023, 2, 1), date(2024, 12, 5)]:
    print(d, month_end(d), add_months(d, 1), add_months(d, -2), add_months(d, 13))
print(age(date(1990, 2, 28), date(2024, 2, 27)), age(date(2000, 2, 29), date(2024, 2, 29)), age(date(2000, 2, 29), date(2023, 2, 28)))
deadline = datetime.combine(date(2024, 3, 1), time(17, 0), tzinfo=timezone(timedelta(hours=-5)))
for now in [datetime(2024, 2, 28, 12, tzinfo=timezone.utc), datetime(2024, 3, 1, 22, 0, 1, tzinfo=timezone.utc)]:
    left = deadline - now
    print(now.isoformat(), human(left), left > timedelta(0), f"{left}")
slots = [datetime(2024, 3, 4, 9) + timedelta(minutes=45 * i) for i in range(10)]
free = [s.time().isoformat("minutes") for s in slots if not time(12) <= s.time() < time(13, 30)]
print(free)
print(sorted({d.strftime("%B") for d in every(date(2024, 1, 15), timedelta(days=20), date(2024, 6, 1))}, key=lambda m: datetime.strptime(m, "%B").month))
total = sum((b - a for a, b in zip(meetings, meetings[1:])), timedelta())
print(total, total / (len(meetings) - 1), total // timedelta(hours=1), total % timedelta(hours=1))
