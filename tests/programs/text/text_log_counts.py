# checks that genpy runs this program (text_log_counts, from the second differential-testing corpus) exactly as CPython 3.11 does
LOG = """2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 WARN  slow request path=/api/users ms=1203
2024-01-01 10:01:00 ERROR db timeout path=/api/orders ms=5000
2024-01-01 10:02:13 INFO  request path=/api/users ms=12
2024-01-01 10:02:14 INFO  request path=/api/orders ms=40
   
2024-01-01 10:03:00 ERROR db timeout path=/api/orders ms=5001
2024-01-01 10:04:00 DEBUG cache hit key=u:1
2024-01-01 10:05:00 WARN  slow request path=/api/items ms=900
"""
def parse(lines):
    for line in lines:
        line = line.strip()
        if not line:
            continue
        date, time, level, rest = line.split(None, 3)
        fields = dict(kv.split("=", 1) for kv in rest.split() if "=" in kv)
        msg = " ".join(w for w in rest.split() if "=" not in w)
        yield {"date": date, "time": time, "level": level, "msg": msg, **fields}
recs = list(parse(LOG.splitlines()))
counts = {}
for r in recs:
    counts[r["level"]] = counts.get(r["level"], 0) + 1
for lvl, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{lvl:<6}{n:>3} {'#' * n}")
by_path = {}
for r in recs:
    if "path" in r:
        by_path.setdefault(r["path"], []).append(int(r["ms"]))
print(f"{'path':<14}|{'n':>3}|{'avg':>9}|{'max':>6}")
print("-" * 35)
for p, ms in sorted(by_path.items()):
    print(f"{p:<14}|{len(ms):>3}|{sum(ms)/len(ms):>9.2f}|{max(ms):>6}")
print(sorted({r["msg"] for r in recs}))
