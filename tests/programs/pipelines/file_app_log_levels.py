import re, os, tempfile, io
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime

APP_LOG = """2024-03-01 10:00:01,123 INFO [main] Starting server on port 8080
2024-03-01 10:00:02,456 DEBUG [db] Connection pool size=10
2024-03-01 10:00:05,789 WARNING [auth] Failed login for user 'bob' from 10.0.0.5
2024-03-01 10:01:00,000 ERROR [db] Query failed: timeout after 30.0s
Traceback (most recent call last):
  File "db.py", line 10, in query
TimeoutError: 30.0
2024-03-01 10:02:00,001 INFO [main] Request GET /health 200 1.2ms
2024-03-01 10:02:00,500 INFO [main] Request POST /api 500 120.75ms
2024-03-01 10:03:10,999 CRITICAL [main] Out of memory
2024-03-01 10:04:00,000 WARNING [auth] Failed login for user 'alice' from 10.0.0.7
"""

ENTRY = re.compile(r'^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$')

def entries(lines):
    cur = None
    for line in lines:
        line = line.rstrip('\n')
        m = ENTRY.match(line)
        if m:
            if cur:
                yield cur
            cur = m.groupdict()
            cur['extra'] = []
        elif cur is not None:
            cur['extra'].append(line)
    if cur:
        yield cur

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'app.log')
    with open(p, 'w') as f:
        f.write(APP_LOG)
    with open(p) as f:
        es = list(entries(f))
levels = Counter(e['level'] for e in es)
print(levels)
for lvl in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'):
    print(f'{lvl:>9}: {"#" * levels[lvl]} ({levels[lvl]})')
for e in es:
    ts = datetime.strptime(e['ts'], '%Y-%m-%d %H:%M:%S,%f')
    print(ts.isoformat(timespec='milliseconds'), e['level'][0], e['comp'].ljust(5), e['msg'][:30], len(e['extra']))
fails = [re.search(r"user '(\w+)' from ([\d.]+)", e['msg']).groups() for e in es if 'Failed login' in e['msg']]
print(fails)
times = [float(m.group(1)) for e in es if (m := re.search(r'(\d+(?:\.\d+)?)ms$', e['msg']))]
print(times, sum(times) / len(times))
by_comp = defaultdict(Counter)
for e in es:
    by_comp[e['comp']][e['level']] += 1
for comp, c in sorted(by_comp.items()):
    print(comp, dict(c), sum(c.values()))
od = OrderedDict()
for e in es:
    od.setdefault(e['comp'], []).append(e['ts'][-6:])
od.move_to_end('db')
print(od)
print(re.sub(r'\d', '#', es[0]['msg']), re.sub(r'(?P<n>\d+)', lambda m: str(int(m['n']) * 2), 'port 8080 and 10'))
print(re.split(r'[\s,]+', 'a, b  c,d'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.fullmatch(r'\w+', 'abc!'), bool(re.search('^TimeoutError', APP_LOG, re.M)))
