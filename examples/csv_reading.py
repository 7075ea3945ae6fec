# Reading a CSV-like file with generators.
#
# The example writes a small comma-separated file first (genpy_example_sales.csv
# in the current directory), then parses it with a chain of generators: read
# lines, split on ',', strip spaces, convert types, and aggregate. No csv
# module is needed for simple data without quoted commas.

CSV = "genpy_example_sales.csv"

with open(CSV, "w") as f:
    f.write("region, product, units, price\n")
    f.write("north, widget, 10, 2.50\n")
    f.write("south, widget, 4, 2.50\n")
    f.write("north, gadget, 3, 12.00\n")
    f.write("\n")
    f.write("east, widget, 7, 2.75\n")
    f.write("south, gizmo, 1, 99.99\n")
    f.write("east, gadget, 5, 11.50\n")


def read_rows(path):
    # Yields each non-empty line split into stripped fields.
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                yield [field.strip() for field in line.split(",")]


def as_records(rows):
    # The first row is the header; the others become dicts with typed values.
    header = next(rows)
    for fields in rows:
        record = dict(zip(header, fields))
        record["units"] = int(record["units"])
        record["price"] = float(record["price"])
        yield record


revenue = {}
units = {}
for rec in as_records(read_rows(CSV)):
    amount = rec["units"] * rec["price"]
    revenue[rec["region"]] = revenue.get(rec["region"], 0) + amount
    units[rec["product"]] = units.get(rec["product"], 0) + rec["units"]

print("revenue by region:")
for region, amount in sorted(revenue.items()):
    print(f"  {region:<6} {amount:>8.2f}")
print("units by product:")
for product, n in sorted(units.items(), key=lambda p: -p[1]):
    print(f"  {product:<7} {n:>3}")
best = max(as_records(read_rows(CSV)), key=lambda r: r["units"] * r["price"])
print(f"biggest sale: {best['units']} x {best['product']} in {best['region']}")
