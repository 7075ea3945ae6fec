import tempfile, os
from datetime import datetime, timedelta, timezone
from itertools import groupby

raw = """127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 100
127.0.0.1 - - [10/Oct/2000:13:59:01 -0700] "GET /a HTTP/1.0" 200 200
10.0.0.1 - - [10/Oct/2000:14:01:00 -0700] "GET /b HTTP/1.0" 404 0
10.0.0.1 - - [10/Oct/2000:14:30:30 -0700] "GET /c HTTP/1.0" 200 50
10.0.0.3 - - [11/Oct/2000:00:00:00 +0000] "GET /d HTTP/1.0" 200 70
10.0.0.3 - - [11/Oct/2000:02:15:45 +0530] "GET /e HTTP/1.0" 500 10
"""

def stamps(path):
    with open(path) as f:
        for line in f:
            start = line.index('[') + 1
            end = line.index(']')
            yield datetime.strptime(line[start:end], '%d/%b/%Y:%H:%M:%S %z'), line

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'x.log')
    with open(path, 'w') as f:
        f.write(raw)
    events = list(stamps(path))

for ts, line in events:
    print(ts, ts.tzinfo, ts.utcoffset(), repr(ts))
    print(' utc:', ts.astimezone(timezone.utc).isoformat(), ts.strftime('%Y-%m-%d %H:%M:%S %Z %a %A %b %B %j %p %I'))
first = events[0][0]
for ts, _ in events[1:]:
    delta = ts - first
    print(delta, repr(delta), delta.total_seconds(), delta.days, delta.seconds)
print(sorted(e[0] for e in events)[0])
key = lambda e: e[0].astimezone(timezone.utc).strftime('%Y-%m-%d %H')
for hour, grp in groupby(sorted(events, key=key), key=key):
    g = list(grp)
    print(hour, len(g))
naive = datetime.strptime('2000-10-10 13:55:36.123', '%Y-%m-%d %H:%M:%S.%f')
print(naive, repr(naive), naive + timedelta(hours=36, microseconds=5))
print(naive.date(), naive.time(), naive.timestamp() if False else '', naive.weekday(), naive.isoweekday(), naive.isocalendar())
print(timedelta(days=-1, seconds=5), timedelta(seconds=3661.5), -timedelta(hours=1))
print(datetime(2020, 2, 29).replace(year=2024), datetime.fromisoformat('2021-03-04T05:06:07+01:00'))
print(f"{naive:%H:%M} {naive:%d.%m.%Y}", format(naive, '%Y'))
print(timezone(timedelta(hours=-7)), timezone.utc, timezone(timedelta(hours=5, minutes=30), 'IST'))
