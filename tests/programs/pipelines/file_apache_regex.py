import re, os, tempfile
from collections import Counter, defaultdict

LOG = r'(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
pat = re.compile(LOG)

lines = [
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -',
    '10.0.0.2 - - [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 200 5120',
    '192.168.0.9 - bob [11/Oct/2000:01:02:03 +0000] "GET /missing HTTP/1.1" 404 321',
    'garbage line here',
    '127.0.0.1 - frank [11/Oct/2000:09:15:00 -0700] "GET /index.html HTTP/1.0" 200 5120',
    '10.1.1.1 - - [12/Oct/2000:23:59:59 +0200] "DELETE /api/item/7 HTTP/1.1" 500 88',
]

def read(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip('\n')

def parse(lines):
    for n, line in enumerate(lines, 1):
        m = pat.match(line)
        if m is None:
            print(f"skip line {n}: {line!r}")
            continue
        d = m.groupdict()
        d['status'] = int(d['status'])
        d['size'] = 0 if d['size'] == '-' else int(d['size'])
        yield d

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'access.log')
    with open(p, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    recs = list(parse(read(p)))

hosts = Counter(r['host'] for r in recs)
print(hosts)
print(hosts.most_common(2))
by_status = defaultdict(list)
for r in recs:
    by_status[r['status']].append(r['path'])
print(dict(by_status))
print(by_status)
total = sum(r['size'] for r in recs)
print(f"total bytes: {total:,}  avg: {total/len(recs):.2f}")
for r in recs:
    print(f"{r['host']:<15}|{r['method']:^8}|{r['path']:>15}|{r['status']:5d}|{r['size']:>8,}")
m = pat.match(lines[0])
print(m.group('host', 'status'), m.span('path'), m.start(), m.end(), m.lastgroup, m.lastindex)
print(m)
print(repr(pat)[:40])
print(pat.groupindex)
print(pat.groups)
