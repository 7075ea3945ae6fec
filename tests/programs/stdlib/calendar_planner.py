# calendar in a small planner: the month printed with Sunday-first weeks, meeting days
# found from monthcalendar, business days counted, month and day names, and the
# errors for bad month and weekday numbers.
import calendar

print(calendar.month(2024, 2))
calendar.prmonth(2023, 12, w=3, l=1)
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(10))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.MONDAY)


def second_tuesday(year, month):
    weeks = calendar.monthcalendar(year, month)
    tuesdays = [w[calendar.TUESDAY] for w in weeks if w[calendar.TUESDAY]]
    return tuesdays[1]


print([second_tuesday(2025, m) for m in range(1, 13)])

def business_days(year, month):
    first, ndays = calendar.monthrange(year, month)
    return sum(1 for d in range(1, ndays + 1) if calendar.weekday(year, month, d) < 5)

for m in (1, 2, 3):
    print(calendar.month_name[m], calendar.month_abbr[m], business_days(2024, m))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), repr(calendar.month_name[0]), calendar.month_name[-1], calendar.month_abbr[1:4])
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()))
print(cal.monthdayscalendar(2024, 6)[0], cal.monthdays2calendar(2024, 6)[-1])
print(cal.monthdatescalendar(2024, 6)[0][0])
print(calendar.timegm((1970, 1, 2, 0, 0, 0)), calendar.timegm((2000, 1, 1, 12, 30, 15, 0, 0, 0)))
print(calendar.calendar(2024, w=2, l=1, c=4, m=4))
print(calendar.TextCalendar().formatmonthname(2024, 5, 30), "|")
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2024, 3, withyear=False))

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.weekday(2024, 2, 30)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
try:
    calendar.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
