# A log-analysis pipeline of generators: web-server log lines are generated,
# parsed with a compiled pattern (named groups), filtered and aggregated; the
# module-level functions are called in the loop, as scripts do, through the cache.
import re
from collections import Counter

LOG_LINE = re.compile(
    r'^(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>HTTP/\d\.\d)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)$'
)

PATHS = ["/index.html", "/a.gif", "/img/logo.png", "/api/v1/users?id=7", "/about"]
METHODS = ["GET", "GET", "POST", "GET", "HEAD"]


def generate(n):
    for i in range(n):
        host = f"10.0.{i % 5}.{(i * 37) % 256}"
        user = "-" if i % 4 else "frank"
        time = f"10/Oct/2000:13:{i % 60:02d}:{(i * 7) % 60:02d} -0700"
        method = METHODS[i % len(METHODS)]
        path = PATHS[(i * 3) % len(PATHS)]
        status = [200, 200, 304, 404, 500][i % 5]
        size = "-" if status == 304 else str((i * 131) % 9000)
        if i % 17 == 0:
            yield f"garbage line {i}"
        else:
            yield f'{host} - {user} [{time}] "{method} {path} HTTP/1.0" {status} {size}'


def parse(lines):
    for line in lines:
        m = LOG_LINE.match(line)
        if m is None:
            yield {"bad": line}
        else:
            yield m.groupdict()


def only_good(records, bad):
    for r in records:
        if "bad" in r:
            bad.append(r["bad"])
        else:
            yield r


bad = []
statuses = Counter()
bytes_by_path = Counter()
users = set()
for rec in only_good(parse(generate(300)), bad):
    statuses[rec["status"]] += 1
    if rec["size"] != "-":
        bytes_by_path[re.sub(r"\?.*$", "", rec["path"])] += int(rec["size"])
    if rec["user"] != "-":
        users.add(rec["user"])

print("bad lines:", len(bad), bad[:3])
print("statuses:", sorted(statuses.items()))
print("bytes by path:", bytes_by_path.most_common())
print("users:", users)

# The same with the module-level functions in a loop (the cache makes it cheap).
hours = Counter()
for line in generate(120):
    m = re.search(r"\[\d+/\w+/\d{4}:(\d\d):(\d\d)", line)
    if m:
        hours[m.group(2)[0]] += 1
print("minute tens:", sorted(hours.items()))

first = next(parse(generate(2)))
print(first)
times = [re.split(r"[/: ]", r["time"]) for r in only_good(parse(generate(4)), [])]
print(times)
errors = (r for r in only_good(parse(generate(60)), []) if re.fullmatch(r"5\d\d", r["status"]))
print([(e["host"], e["path"]) for e in errors][:4])
redacted = (re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", l) for l in generate(3))
print(list(redacted))
