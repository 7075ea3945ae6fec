# calendar differential: random years, months, first weekdays and widths through
# formatmonth, formatyear, the HTML tables and the iterators.
import calendar, random
rng = random.Random(3)
for i in range(12):
    y = rng.choice([1, 2, 1900, 2000, 2023, 2024, 9999, rng.randint(1000, 3000)])
    m = rng.randint(1, 12)
    fw = rng.randint(0, 6)
    w = rng.randint(0, 10); l = rng.randint(0, 2)
    tc = calendar.TextCalendar(fw)
    print(y, m, fw, w, l, calendar.monthrange(y, m), calendar.isleap(y), calendar.leapdays(y, y + rng.randint(-50, 500)))
    if y not in (1, 9999):
        print(tc.formatmonth(y, m, w, l), end="")
        print(tc.formatyear(y, rng.randint(0, 4), rng.randint(0, 2), rng.randint(0, 8), rng.randint(1, 6)), end="")
        print(list(tc.itermonthdays4(y, m))[:9], tc.monthdatescalendar(y, m)[-1])
        print(calendar.HTMLCalendar(fw).formatmonth(y, m))
        print(calendar.HTMLCalendar(fw).formatyear(y, rng.randint(0, 5)))
    print(tc.yeardays2calendar(y, rng.randint(1, 5))[0][0][:2])
print(calendar.timegm((2024, 2, 29, 13, 5, 59)), calendar.weekday(12000, 1, 1), calendar.weekday(-5, 3, 1))
print(calendar.HTMLCalendar().formatyearpage(2024)[:400])
