# CSV rows streamed through generator stages (parse, clean, filter, enrich) and
# written back; aggregates computed lazily over a file of a few thousand rows
import csv

SRC = "csv_pipeline_sales.csv"
regions = ["north", "south", "east", "west"]
products = ["widget", "gadget", "doohickey, deluxe", 'the "thing"']
with open(SRC, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "region", "product", "qty", "unit_price", "note"])
    for i in range(4000):
        note = "" if i % 3 else "rush\norder" if i % 9 == 0 else "gift"
        w.writerow([i, regions[i * 7 % 4], products[i * 11 % 4], i % 13, round(1 + (i * 31 % 500) / 20, 2), note])

def rows(path):
    with open(path, newline="") as f:
        yield from csv.DictReader(f)

def typed(records):
    for r in records:
        r["qty"] = int(r["qty"])
        r["unit_price"] = float(r["unit_price"])
        yield r

def nonzero(records):
    return (r for r in records if r["qty"])

def with_total(records):
    for r in records:
        r["total"] = round(r["qty"] * r["unit_price"], 2)
        yield r

totals = {}
count = 0
for r in with_total(nonzero(typed(rows(SRC)))):
    count += 1
    key = (r["region"], r["product"])
    totals[key] = round(totals.get(key, 0) + r["total"], 2)
print(count)
for key in sorted(totals):
    print(key, totals[key])

rush = [r["id"] for r in rows(SRC) if "\n" in r["note"]]
print(len(rush), rush[:5])

# write a filtered, reshaped copy, then read it back with a plain reader
OUT = "csv_pipeline_big.csv"
with open(OUT, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "region", "total"], extrasaction="ignore",
                       quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    w.writerows(r for r in with_total(typed(rows(SRC))) if r["total"] > 200)
with open(OUT, newline="") as f:
    reader = csv.reader(f, quoting=csv.QUOTE_NONNUMERIC)
    header = next(reader)
    big = list(reader)
print(header, len(big), big[:3], reader.line_num)
print(max(big, key=lambda row: row[2]))

# group consecutive rows lazily with a generator of batches
def batches(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

sizes = [len(b) for b in batches(rows(SRC), 1500)]
print(sizes)
