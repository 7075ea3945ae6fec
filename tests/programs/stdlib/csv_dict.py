# csv.DictReader and csv.DictWriter: fieldnames, restkey/restval, extrasaction,
# writeheader, blank lines
import csv

lines = ["name,age,city\n", "ann,31,paris\n", "\n", "bob,25\n", "cy,40,rome,extra1,extra2\n"]
r = csv.DictReader(lines)
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(lines, restkey="more", restval="?")
print(list(r))
r = csv.DictReader(lines[1:], fieldnames=["n", "a", "c"])
print(next(r), r.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
print(list(csv.DictReader(["a;b\n", "1;2\n"], delimiter=";")))
print(list(csv.DictReader(["a\tb\n", "1\t2\n"], dialect="excel-tab")))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

s = Sink()
w = csv.DictWriter(s, fieldnames=["name", "age", "city"])
print(w.writeheader())
print(w.writerow({"name": "ann", "age": 31, "city": "Paris, FR"}))
print(w.writerow({"name": "bob"}))
w.writerows([{"city": "rome", "name": "cy"}, {"age": 5}])
print(s.parts)

s = Sink()
w = csv.DictWriter(s, ["a", "b"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_ALL)
w.writerow({"a": 1, "zzz": 2})
print(s.parts)
try:
    csv.DictWriter(s, ["a"]).writerow({"a": 1, "x": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    csv.DictWriter(s, ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError:", e)

with open("csv_dict_people.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "name", "score"])
    w.writeheader()
    for i, name in enumerate(["ann", "bob", "cy"]):
        w.writerow({"id": i, "name": name, "score": i * 1.5})
with open("csv_dict_people.csv", newline="") as f:
    for row in csv.DictReader(f):
        print(row["id"], row["name"], float(row["score"]))
