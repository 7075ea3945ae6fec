# log_pipeline: writes an N-line web-server access log (Common Log Format, varied but
# generated deterministically) into a temporary directory, then streams it back
# through a generator pipeline — open, parse each line with str.split, filter,
# aggregate requests and bytes per status and per path — and prints a summary.
# log_pipeline_gz.py is the same over a gzip-compressed log.
import os
import tempfile

N = 1000000

HOSTS = ["127.0.0.1", "10.0.0.7", "192.168.1.20", "172.16.4.2", "203.0.113.9"]
METHODS = ["GET", "GET", "GET", "POST", "HEAD"]
PATHS = ["/", "/index.html", "/a/b.html", "/img/logo.png", "/api/items",
         "/api/items/42", "/login", "/static/app.js", "/docs/guide.html", "/favicon.ico"]
STATUSES = [200, 200, 200, 200, 304, 404, 200, 500, 301, 200, 403]


def log_lines(n):
    """The log's lines: a linear congruential generator picks each field."""
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        status = STATUSES[x % 11]
        size = "-" if status in (304, 301) else str(x % 9000 + 100)
        yield (f'{HOSTS[x % 5]} - - [10/Oct/2000:{13 + i // 3600000 % 10}:'
               f'{i // 60 % 60:02d}:{i % 60:02d} -0700] '
               f'"{METHODS[(x >> 8) % 5]} {PATHS[(x >> 4) % 10]} HTTP/1.0" {status} {size}\n')


def write_log(path, n):
    with open(path, "w") as f:
        for line in log_lines(n):
            f.write(line)


def read_lines(path):
    with open(path) as f:
        yield from f


def parse(lines):
    for line in lines:
        parts = line.split()
        size = parts[9]
        yield parts[5][1:], parts[6], int(parts[8]), 0 if size == "-" else int(size)


def not_static(records):
    return (r for r in records if not r[1].startswith(("/static/", "/img/")))


def summarize(records):
    by_status = {}
    by_path = {}
    for method, path, status, size in records:
        count, total = by_status.get(status, (0, 0))
        by_status[status] = (count + 1, total + size)
        count, total = by_path.get(path, (0, 0))
        by_path[path] = (count + 1, total + size)
    return by_status, by_path


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "access.log")
        write_log(path, N)
        by_status, by_path = summarize(not_static(parse(read_lines(path))))
    print("log_pipeline", N)
    for status, (count, total) in sorted(by_status.items()):
        print(status, count, total)
    for path, (count, total) in sorted(by_path.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(path, count, total)


main()
