# DictWriter lists the extra keys of a row in the order of a set of them, as CPython does
import csv
class Sink:
    def write(self, s): return len(s)
for d in [{5: 1, 3: 2, "a": 0, 17: 3}, {100: 1, 2: 2, 33: 3, 64: 4, "a": 1}, {-1: 0, 8: 1, 0: 2}]:
    try:
        csv.DictWriter(Sink(), ["a"]).writerow(d)
    except ValueError as e:
        print(e)
