# Local time (the tests run with the process in UTC): naive fromtimestamp and
# timestamp, astimezone() to the local zone, today/now/utcnow as types only.
import time
from datetime import date, datetime, timedelta, timezone

print(datetime.fromtimestamp(971186136), datetime.fromtimestamp(971186136.5).microsecond)
print(datetime(2000, 10, 10, 13, 55, 36).timestamp(), datetime(1960, 1, 1).timestamp())
print(date.fromtimestamp(0), date.fromtimestamp(971186136.9))
aware = datetime(2000, 10, 10, 13, 55, 36, tzinfo=timezone(timedelta(hours=-7)))
print(aware.astimezone(), repr(aware.astimezone().tzinfo), datetime(2000, 1, 1).astimezone())
print(repr(datetime(2000, 1, 1, fold=1).astimezone(timezone.utc)))
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.now(timezone.utc).tzinfo).__name__)
print(type(datetime.today()).__name__, type(date.today()).__name__, datetime.utcnow().tzinfo)
print(abs(datetime.now(timezone.utc) - datetime.fromtimestamp(time.time(), timezone.utc)) < timedelta(seconds=5))
print(date.today() == datetime.now().date() or datetime.now().hour == 0)
print(time.localtime(971186136) == time.gmtime(971186136), time.mktime(time.gmtime(971186136)))
print(datetime.fromtimestamp(0) == datetime(1970, 1, 1), datetime.utcfromtimestamp(0) == datetime(1970, 1, 1))
