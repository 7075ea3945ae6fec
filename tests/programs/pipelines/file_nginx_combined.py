import re, tempfile, os
from collections import defaultdict, Counter, namedtuple
from statistics import mean, median

fmt = re.compile(r'''
    (?P<addr>\d{1,3}(?:\.\d{1,3}){3})\s-\s(?P<user>\S+)\s
    \[(?P<time>[^\]]+)\]\s
    "(?P<req>[^"]*)"\s
    (?P<status>\d{3})\s(?P<bytes>\d+)\s
    "(?P<ref>[^"]*)"\s"(?P<ua>[^"]*)"
    (?:\s(?P<rt>\d+\.\d+))?
''', re.VERBOSE)

Hit = namedtuple('Hit', 'addr status bytes path ua rt')

SAMPLE = [
 '93.184.216.34 - - [17/May/2015:08:05:32 +0000] "GET /downloads/product_1 HTTP/1.1" 304 0 "-" "Debian APT-HTTP/1.3 (0.8.16~exp12ubuntu10.21)" 0.012',
 '93.184.216.34 - - [17/May/2015:08:05:23 +0000] "GET /downloads/product_1 HTTP/1.1" 304 0 "-" "Debian APT-HTTP/1.3 (0.8.16~exp12ubuntu10.21)" 0.250',
 '217.168.17.5 - - [17/May/2015:08:05:34 +0000] "GET /downloads/product_1 HTTP/1.1" 200 490 "-" "Debian APT-HTTP/1.3 (0.8.10.3)" 1.5',
 '217.168.17.5 - - [17/May/2015:08:05:09 +0000] "GET /downloads/product_2 HTTP/1.1" 200 490 "-" "Debian APT-HTTP/1.3 (0.8.10.3)"',
 '188.138.60.101 - - [17/May/2015:08:05:48 +0000] "GET /downloads/product_2 HTTP/1.1" 404 337 "http://example.com/?q=a&b=c" "Mozilla/5.0 (X11; Linux x86_64)" 0.001',
 '80.91.33.133 - - [17/May/2015:08:05:03 +0000] "-" 400 0 "-" "-"',
 '80.91.33.133 - alice [17/May/2015:08:05:03 +0000] "POST /login HTTP/1.1" 200 1234 "-" "curl/7.68.0" 0.333',
]

def hits(lines):
    for line in lines:
        m = fmt.match(line)
        if not m:
            continue
        req = m['req'].split()
        path = req[1] if len(req) == 3 else None
        yield Hit(m['addr'], int(m['status']), int(m['bytes']), path, m['ua'], float(m['rt']) if m['rt'] else None)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'nginx.log')
    with open(p, 'w', encoding='utf-8') as f:
        print(*SAMPLE, sep='\n', file=f)
    with open(p, encoding='utf-8') as f:
        all_hits = list(hits(f))

for h in all_hits:
    print(h)
print(all_hits[0]._asdict())
print(all_hits[2]._replace(status=201))
rts = [h.rt for h in all_hits if h.rt is not None]
print(rts, mean(rts), median(rts), round(mean(rts), 3), f"{max(rts):.1%}")
by_path = defaultdict(lambda: [0, 0])
for h in all_hits:
    by_path[h.path][0] += 1
    by_path[h.path][1] += h.bytes
for k in sorted(by_path, key=str):
    print(f"{k!s:30} {by_path[k][0]:3} {by_path[k][1]:6}")
agents = Counter(h.ua.split('/')[0] for h in all_hits)
print(agents.most_common())
print(sorted(agents.elements()))
print(agents['nothing'], len(agents), sum(agents.values()))
print(Counter('abracadabra') - Counter('abc'), Counter(a=3) + Counter(a=-1, b=2))
print({h.addr for h in all_hits} >= {'80.91.33.133'})
