# A realistic pipeline over a gzip-compressed access log: write the log with
# gzip.open in text mode, then stream it back lazily (gzip.open 'rt' line
# iteration), parse each line with a regular expression, filter, and aggregate
# hits and bytes per status, per hour and per client; also re-read it in binary
# mode and check the decompressed bytes against zlib.crc32.
import gzip
import os
import re
import zlib

NAME = "gzip_log_pipeline.log.gz"
HOSTS = ["127.0.0.1", "10.1.2.3", "192.168.0.9", "8.8.4.4"]
PATHS = ["/", "/a/b.html", "/api/v1/users", "/img/x.png", "/search?q=gen"]
STATUSES = [200, 200, 200, 404, 500, 304, 302]


def generate(n):
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        status = STATUSES[x % 7]
        size = "-" if status == 304 else str(x % 5000)
        yield (f'{HOSTS[x % 4]} - frank [10/Oct/2000:{i // 500 % 24:02d}:{i % 60:02d}:{i * 7 % 60:02d} -0700] '
               f'"GET {PATHS[(x >> 3) % 5]} HTTP/1.0" {status} {size}\n')


with gzip.open(NAME, "wt") as out:
    for line in generate(4000):
        out.write(line)

LINE = re.compile(r'(\S+) \S+ (\S+) \[(\d+)/(\w+)/(\d+):(\d+):\d+:\d+ [-+]\d+\] '
                  r'"(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)')


def read(name):
    with gzip.open(name, "rt") as f:
        yield from f


def parse(lines):
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        host, user, day, month, year, hour, method, path, status, size = m.groups()
        yield {"host": host, "hour": int(hour), "path": path,
               "status": int(status), "size": 0 if size == "-" else int(size)}


def dynamic(records):
    for r in records:
        if not r["path"].endswith(".png"):
            yield r


by_status, by_hour, by_host = {}, {}, {}
for r in dynamic(parse(read(NAME))):
    hits, total = by_status.get(r["status"], (0, 0))
    by_status[r["status"]] = (hits + 1, total + r["size"])
    by_hour[r["hour"]] = by_hour.get(r["hour"], 0) + 1
    by_host[r["host"]] = by_host.get(r["host"], 0) + r["size"]

for status in sorted(by_status):
    print("status", status, *by_status[status])
print("hours", sorted(by_hour.items()))
print("top hosts", sorted(by_host.items(), key=lambda kv: -kv[1])[:3])

with gzip.open(NAME, "rb") as f:
    crc, length, count = 0, 0, 0
    for line in f:
        crc = zlib.crc32(line, crc)
        length += len(line)
        count += 1
print("binary", count, length, crc)
expected = "".join(generate(4000)).encode()
print(zlib.crc32(expected) == crc, len(expected) == length)
os.remove(NAME)
