# timedelta from float arguments: whole microseconds are exact, the fractions
# of a microsecond the arguments leave are added up and rounded half to even
# (CPython's documented rule); products and quotients by floats round the exact
# result half to even.
from datetime import timedelta

print(repr(timedelta(microseconds=592227.5, hours=-0.04161)))
print(repr(timedelta(days=-2345, microseconds=592227.5, hours=-0.04161)))
print(repr(timedelta(seconds=-53658.1020271, microseconds=-180814.3, hours=83)))
for us in (0.5, 1.5, 2.5, -0.5, -1.5, 0.4999999, 1e-7):
    print(us, repr(timedelta(microseconds=us)), repr(timedelta(microseconds=us, seconds=1)))
print(repr(timedelta(milliseconds=0.0005, microseconds=0.5)), repr(timedelta(days=1e-11)))
print(repr(timedelta(weeks=0.1, days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1, microseconds=0.1)))
print(repr(timedelta(hours=1 / 3)), repr(timedelta(days=2 / 3, seconds=1 / 3)), repr(timedelta(minutes=-1 / 7)))
td = timedelta(days=1, seconds=1, microseconds=1)
for f in (0.1, 1 / 3, -2.5, 1e-6, 3.7e-7, 123.456):
    print(f, repr(td * f), repr(td / f), repr(f * td))
for bad in (float("inf"), float("nan")):
    try:
        timedelta(days=bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
