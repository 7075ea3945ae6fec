# checks that genpy runs this program (csv_file_pipeline, from the first differential-testing corpus) exactly as CPython 3.11 does
with open("people.csv", "w") as f:
    f.write("name,age,city\n")
    for row in [("ann", 31, "paris"), ("bob", 25, "rome"), ("cy", 40, "paris")]:
        f.write(",".join(map(str, row)) + "\n")
def read_rows(path):
    with open(path) as f:
        header = next(f).strip().split(",")
        for line in f:
            yield dict(zip(header, line.strip().split(",")))
def by_city(rows, city):
    return (r for r in rows if r["city"] == city)
print([r["name"] for r in by_city(read_rows("people.csv"), "paris")])
ages = [int(r["age"]) for r in read_rows("people.csv")]
print(sum(ages) / len(ages), max(ages), min(ages))
with open("people.csv") as f:
    print(sum(1 for _ in f), f.closed)
print(f.closed)
