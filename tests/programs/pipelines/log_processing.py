# checks that genpy runs this program (log_processing, from the first differential-testing corpus) exactly as CPython 3.11 does
import itertools
with open("app.log", "w") as f:
    for i in range(20):
        level = ["INFO", "WARN", "ERROR"][i % 3]
        f.write(f"2024-01-{i % 28 + 1:02d} {level} message {i}\n")
def lines(path):
    with open(path) as f:
        yield from f
def parse(lines):
    for line in lines:
        date, level, *msg = line.split()
        yield {"date": date, "level": level, "msg": " ".join(msg)}
errors = (r for r in parse(lines("app.log")) if r["level"] == "ERROR")
for r in itertools.islice(errors, 3):
    print(r["date"], r["msg"])
counts = {}
for r in parse(lines("app.log")):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
