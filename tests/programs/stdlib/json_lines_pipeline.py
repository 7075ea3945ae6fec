# JSON lines: records written one per line, then read back lazily through
# generator stages (parse, filter, enrich), aggregated without holding the file
import json

PATH = "json_lines_pipeline_events.jsonl"
CLICKS = "json_lines_pipeline_clicks.jsonl"
users = ["ann", "bob", "cy", "dee"]
kinds = ["click", "view", "buy"]
with open(PATH, "w") as f:
    for i in range(3000):
        rec = {"id": i, "user": users[i * 7 % 4], "kind": kinds[i * 5 % 3],
               "amount": round((i * 37 % 1000) / 10, 2), "tags": ["t%d" % (i % 5)]}
        if i % 500 == 7:
            f.write("\n")
        f.write(json.dumps(rec) + "\n")

def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line

def parse(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if line:
            yield n, json.loads(line)

def only(kind, records):
    return ((n, r) for n, r in records if r["kind"] == kind)

def big(records, threshold):
    for n, r in records:
        if r["amount"] >= threshold:
            yield n, r

totals = {}
count = 0
for n, rec in big(only("buy", parse(read_lines(PATH))), 50.0):
    count += 1
    totals[rec["user"]] = round(totals.get(rec["user"], 0) + rec["amount"], 2)
print(count, sorted(totals.items()))

first = next(parse(read_lines(PATH)))
print(first)

# a lazy pipeline stops reading when its consumer stops
def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x

print([r["id"] for _, r in take(5, only("view", parse(read_lines(PATH))))])

# transform and write back as JSON lines, then summarise the new file
with open(CLICKS, "w") as out:
    for _, r in only("click", parse(read_lines(PATH))):
        out.write(json.dumps({"u": r["user"], "a": r["amount"]}, separators=(",", ":")) + "\n")
with open(CLICKS) as f:
    head = [next(f) for _ in range(3)]
print("".join(head), end="")
by_user = {}
for _, r in parse(read_lines(CLICKS)):
    by_user.setdefault(r["u"], []).append(r["a"])
print({u: (len(a), max(a)) for u, a in sorted(by_user.items())})

# a bad line in the stream: report where and carry on
def tolerant(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            print(f"line {n}: {e.msg} at column {e.colno}")

print(list(tolerant(['{"a": 1}', '{"a": 2,}', '[3]', 'oops', '{"a": "\u00e9"}'])))

