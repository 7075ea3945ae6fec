# CSV to JSON lines and back: a converter built from generator stages, with a
# report pretty-printed by json.dumps
import csv
import json

with open("json_csv_convert_orders.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["order", "customer", "items", "total", "note"])
    w.writerows([
        [1, "Ann", "pen;ink", "12.50", ""],
        [2, "Bob", "paper", "3", "leave at door, please"],
        [3, "Ann", "pen", "7.25", 'said "thanks"'],
        [4, "Cy", "", "0", "multi\nline note"],
        [5, "Bob", "ink;paper;pen", "20.125", "caf\u00e9"],
    ])

def read_csv(path):
    with open(path, newline="") as f:
        yield from csv.DictReader(f)

def to_record(rows):
    for row in rows:
        yield {
            "order": int(row["order"]),
            "customer": row["customer"],
            "items": [i for i in row["items"].split(";") if i],
            "total": float(row["total"]),
            "note": row["note"] or None,
        }

def write_jsonl(path, records):
    n = 0
    with open(path, "w") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n

print(write_jsonl("json_csv_convert_orders.jsonl", to_record(read_csv("json_csv_convert_orders.csv"))))
with open("json_csv_convert_orders.jsonl") as f:
    print(f.read(), end="")

def read_jsonl(path):
    with open(path) as f:
        for line in f:
            yield json.loads(line)

report = {}
for rec in read_jsonl("json_csv_convert_orders.jsonl"):
    c = report.setdefault(rec["customer"], {"orders": 0, "items": set(), "spent": 0.0})
    c["orders"] += 1
    c["items"].update(rec["items"])
    c["spent"] += rec["total"]

class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps(report, cls=ReportEncoder, indent=2, sort_keys=True))

# and back to CSV, one row per customer, through a DictWriter
with open("json_csv_convert_report.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["customer", "orders", "items", "spent"])
    w.writeheader()
    for name, c in sorted(report.items()):
        w.writerow({"customer": name, "orders": c["orders"], "items": " ".join(sorted(c["items"])),
                    "spent": round(c["spent"], 2)})
with open("json_csv_convert_report.csv", newline="") as f:
    print(repr(f.read()))
