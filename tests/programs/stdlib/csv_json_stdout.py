# csv and json writing straight to sys.stdout
import csv, json, sys
w = csv.writer(sys.stdout)
w.writerow(["a", "b,c", 1])
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerows([[1, 2], ["x", None]])
json.dump({"a": [1, 2], "b": None}, sys.stdout, indent=2)
print()
d = csv.DictWriter(sys.stdout, ["k", "v"], lineterminator="\n")
d.writeheader(); d.writerow({"k": 1, "v": "two"})
