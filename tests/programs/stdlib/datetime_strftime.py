# strftime and __format__: the C library's directives (C locale), glibc's flags,
# %f/%z/%Z of datetime, and f-strings with date formats.
from datetime import date, datetime, time, timedelta, timezone

x = datetime(2000, 10, 10, 13, 55, 36, 123456, tzinfo=timezone(timedelta(hours=-7), "MST"))
for directive in "aAbBcdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZC%f":
    if directive == "s":
        continue
    print(repr(directive), repr(x.strftime("%" + directive)))
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f%z"), x.strftime("%d/%b/%Y:%H:%M:%S %z"))
print(x.strftime("%-d %-m %-H|%_d|%_H|%^a %^B|%#b|%10A|%-10A|%05d|%3Y|%Ey %Od"))
print(x.strftime("%% %%f %%z %Q %E| %"), x.strftime(""), x.strftime("naïve ☃ %Y"))
print(f"{x:%Y-%m-%d %H:%M}", f"{x.date():%A, %B %d}", f"{x.time():%I:%M %p}", f"{x}", f"{x:}")
print(format(date(1999, 12, 31), "%j %U %W %V %G %u %w"), "{:%H}".format(time(7)))
print(date(2000, 1, 1).strftime("%H:%M:%S %f %z|%Z|"), time(1, 2, 3, 4).strftime("%Y %j %H %f"))
naive = datetime(2024, 2, 29, 0, 5)
print(naive.strftime("%z|%Z|%c|%x|%X|%p|%I|%l"), naive.strftime("%y %C %g"))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).strftime("%z"))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=1), "50%")).strftime("%Z and %z"))
for y in (1, 99, 999, 1000, 2009, 9999):
    print(y, date(y, 12, 31).strftime("%Y|%y|%C|%G|%g|%V|%F"))
# Weeks around the new year.
for d in range(26, 32):
    day = date(2004, 12, d)
    print(day, day.strftime("%a %U %W %V %G %j"), day.isocalendar())
try:
    f"{timedelta(1):>10}"
except TypeError as e:
    print("TypeError:", e)
print(f"{timedelta(hours=1)}", format(timedelta(0), ""))
