# A web-server log pipeline: generators read Common Log Format lines, parse the
# timestamps with strptime, normalise them to UTC, bucket the requests per hour
# and report traffic, error rates and gaps between requests.
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

LOG = """\
10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:58:01 -0700] "GET /index.html HTTP/1.0" 200 1043
10.0.0.1 - - [10/Oct/2000:14:02:12 -0700] "POST /login HTTP/1.1" 302 0
10.0.0.3 - - [10/Oct/2000:21:03:44 +0000] "GET /missing HTTP/1.1" 404 512
10.0.0.2 - - [10/Oct/2000:14:30:00 -0700] "GET /index.html HTTP/1.0" 200 1043
broken line without a timestamp
10.0.0.4 - - [11/Oct/2000:06:15:09 +0930] "GET /api/items HTTP/1.1" 500 87
10.0.0.1 - - [10/Oct/2000:23:59:59 +0200] "GET /robots.txt HTTP/1.1" 200 24
10.0.0.5 - - [32/Oct/2000:10:00:00 +0000] "GET / HTTP/1.1" 200 10
10.0.0.3 - - [10/Oct/2000:15:45:00 -0700] "GET /api/items HTTP/1.1" 200 2048
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines, rejects):
    for line in lines:
        start, end = line.find("["), line.find("]")
        if start < 0 or end < 0:
            rejects.append(("no timestamp", line))
            continue
        try:
            stamp = datetime.strptime(line[start + 1:end], "%d/%b/%Y:%H:%M:%S %z")
        except ValueError as e:
            rejects.append((str(e), line))
            continue
        request, status, size = line[end + 3:].rsplit(" ", 2)
        method, path, _ = request.strip('"').split(" ")
        yield {"host": line.split(" ")[0], "when": stamp, "method": method,
               "path": path, "status": int(status), "size": int(size)}


def in_utc(records):
    for record in records:
        record["utc"] = record["when"].astimezone(timezone.utc)
        yield record


rejects = []
records = sorted(in_utc(parse(lines(LOG), rejects)), key=lambda r: r["utc"])

per_hour = Counter()
bytes_per_hour = defaultdict(int)
errors = Counter()
for r in records:
    hour = r["utc"].replace(minute=0, second=0)
    per_hour[hour] += 1
    bytes_per_hour[hour] += r["size"]
    if r["status"] >= 400:
        errors[hour] += 1

print("requests per hour (UTC):")
for hour in sorted(per_hour):
    end = hour + timedelta(hours=1)
    print(f"  {hour:%Y-%m-%d %H:%M}-{end:%H:%M}  {per_hour[hour]:2} req"
          f"  {bytes_per_hour[hour]:6} B  errors={errors[hour]}")

first, last = records[0]["utc"], records[-1]["utc"]
print("span:", last - first, "from", first.isoformat(), "to", last.isoformat())
gaps = [(b["utc"] - a["utc"], a["host"], b["host"]) for a, b in zip(records, records[1:])]
longest = max(gaps)
print("longest gap:", longest[0], "between", longest[1], "and", longest[2])
print("mean gap:", sum((g for g, _, _ in gaps), timedelta()) / len(gaps))

local = Counter(r["when"].strftime("%H:00 %Z") for r in records)
print("by local hour:", sorted(local.items()))
print("offsets:", sorted({str(r["when"].utcoffset()) for r in records}))
print("busiest hour:", max(per_hour.items(), key=lambda kv: (kv[1], kv[0]))[0])
window = timedelta(minutes=10)
start = records[0]["utc"]
bucket = []
while start <= last:
    n = sum(1 for r in records if start <= r["utc"] < start + window)
    if n:
        bucket.append((start.strftime("%H:%M"), n))
    start += window
print("10-minute windows:", bucket)
for reason, line in rejects:
    print("rejected:", reason, "|", line[:40])
