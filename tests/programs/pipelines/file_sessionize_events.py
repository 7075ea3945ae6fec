import tempfile, os, re
from datetime import datetime, timedelta
from itertools import groupby
from operator import itemgetter
import json

LINES = []
base = datetime(2023, 12, 31, 23, 50, 0)
users = ['u1', 'u2', 'u3']
gaps = [0, 30, 45, 400, 10, 2000, 5, 5, 5, 1900, 60, 61]
t = base
for i, g in enumerate(gaps):
    t += timedelta(seconds=g)
    LINES.append(f"{t.isoformat(sep=' ')} user={users[i % 3]} action={'view' if i % 4 else 'buy'} amount={i * 3.5 if i % 4 == 0 else 0}")

pat = re.compile(r'^(\S+ \S+) user=(\w+) action=(\w+) amount=([\d.]+)$')

def parse(path):
    with open(path) as f:
        for line in f:
            m = pat.match(line.rstrip())
            ts, user, action, amount = m.groups()
            yield datetime.fromisoformat(ts), user, action, float(amount)

def sessions(events, gap=timedelta(minutes=30)):
    for user, evs in groupby(sorted(events, key=itemgetter(1, 0)), key=itemgetter(1)):
        cur = []
        for e in evs:
            if cur and e[0] - cur[-1][0] > gap:
                yield user, cur
                cur = []
            cur.append(e)
        if cur:
            yield user, cur

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'events.log')
    with open(p, 'w') as f:
        f.write('\n'.join(LINES) + '\n')
    for line in open(p):
        print(line, end='')
    out = []
    for user, evs in sessions(parse(p)):
        start, end = evs[0][0], evs[-1][0]
        out.append({'user': user, 'start': start.isoformat(), 'end': end.strftime('%Y-%m-%dT%H:%M'), 'dur': str(end - start),
                    'n': len(evs), 'spent': sum(e[3] for e in evs)})
        print(user, start, end, end - start, len(evs), (end - start).total_seconds() / 60)
    print(json.dumps(out, indent=1))
print(base.strftime('%c|%x|%X|%U|%W|%w|%y|%G-%V-%u|%%'))
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), (datetime(2024, 3, 1) - timedelta(days=1)).date())
print(datetime.strptime('Mon, 05 Feb 2024 07:08:09', '%a, %d %b %Y %H:%M:%S').isoformat())
print(datetime.strptime('2024-02-05T07:08:09Z', '%Y-%m-%dT%H:%M:%SZ'), datetime.strptime('5/2/24 7:8 PM', '%d/%m/%y %I:%M %p'))
try:
    datetime.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print(e)
try:
    datetime.strptime('2024-01-01 junk', '%Y-%m-%d')
except ValueError as e:
    print(e)
print(timedelta(days=1, hours=2) / timedelta(hours=1), timedelta(hours=25) // timedelta(days=1), timedelta(minutes=90) * 1.5, abs(timedelta(days=-2)))
print(sorted([timedelta(1), timedelta(hours=1), timedelta(0)]), max(datetime(2020,1,1), datetime(2019,5,5)))
