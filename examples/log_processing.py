# Processing a large log file line by line.
#
# The example first writes its own input: a 50 000-line web server log in the
# current directory (genpy_example_access.log). Then a chain of generators
# streams it: the file is never read into memory at once; each line flows
# through parse -> filter -> count before the next one is read.
#
# It reports the number of lines per level, the five most requested paths,
# and the first few errors.

LOG = "genpy_example_access.log"
LINES = 50_000
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARNING", "INFO", "ERROR", "INFO"]
PATHS = ["/", "/login", "/api/items", "/api/items/7", "/static/app.js", "/logout", "/search"]


def write_log(path, n):
    # A deterministic "random" log: values come from simple arithmetic on i.
    with open(path, "w") as f:
        for i in range(n):
            level = LEVELS[(i * 7 + i // 13) % len(LEVELS)]
            route = PATHS[min((i * 5 + i // 3) % 10, (i * 3) % 9) % len(PATHS)]
            status = 500 if level == "ERROR" else 200
            ms = (i * 37) % 250 + 1
            stamp = f"2024-01-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}"
            f.write(f"{stamp} {level} GET {route} {status} {ms}ms\n")


def read_lines(path):
    # Lazily yields the lines of a file: `for line in f` reads one at a time.
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def parse(lines):
    # Turns each line into a small record (a dict).
    for line in lines:
        stamp, level, method, route, status, ms = line.split(" ")
        yield {"time": stamp, "level": level, "path": route,
               "status": int(status), "ms": int(ms[:-2])}


def with_level(records, level):
    for record in records:
        if record["level"] == level:
            yield record


write_log(LOG, LINES)
print(f"wrote {LINES:,} lines to {LOG}")

# Pass 1: counts per level and per path, in one streaming pass.
per_level = {}
per_path = {}
slowest = 0
for rec in parse(read_lines(LOG)):
    per_level[rec["level"]] = per_level.get(rec["level"], 0) + 1
    per_path[rec["path"]] = per_path.get(rec["path"], 0) + 1
    slowest = max(slowest, rec["ms"])

print("lines per level:")
for level, count in sorted(per_level.items(), key=lambda p: -p[1]):
    print(f"  {level:<8}{count:>7,}")
print("top 5 paths:")
for route, count in sorted(per_path.items(), key=lambda p: (-p[1], p[0]))[:5]:
    print(f"  {route:<16}{count:>7,}")
print(f"slowest request: {slowest}ms")

# Pass 2: the first three errors. The pipeline stops reading the file as soon
# as it has them (the generators are closed, and with them the file).
errors = with_level(parse(read_lines(LOG)), "ERROR")
for _, rec in zip(range(3), errors):
    print(f"error at {rec['time']} on {rec['path']} ({rec['status']})")
