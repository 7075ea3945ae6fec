# DictWriter refuses a key that is not among its fieldnames
import csv

class Sink:
    def write(self, s):
        print(repr(s))
        return len(s)

w = csv.DictWriter(Sink(), fieldnames=["a", "b"])
w.writeheader()
w.writerow({"a": 1, "b": 2})
w.writerow({"a": 1, "x": 3})
