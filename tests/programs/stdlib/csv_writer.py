# csv.writer: quoting modes, escapes, line terminators, writerow's return value,
# to an object with a write method and to a real file
import csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

out = Sink()
w = csv.writer(out)
print(type(w).__name__, w.dialect.delimiter)
print(w.writerow(["a", "", None, 1.5, 2, True, 'x"y', "a,b", "l\nm", "r\rq", " s", "caf\u00e9"]))
print(w.writerow([""]), w.writerow([]), w.writerow(["", ""]), w.writerow("abc"))
print(w.writerow(x * 2 for x in range(3)))
print(w.writerows([[1], [2, 3], ("t", "u")]))
print(out.parts)

def show(**kw):
    s = Sink()
    cw = csv.writer(s, **kw)
    cw.writerow(["plain", 'q"uote', "com,ma", "back\\slash", 3, 4.25, None, "nl\nx"])
    print(kw, repr("".join(s.parts)))

show()
show(quoting=csv.QUOTE_ALL)
show(quoting=csv.QUOTE_NONNUMERIC)
show(quoting=csv.QUOTE_NONE, escapechar="\\")
show(doublequote=False, escapechar="\\")
show(escapechar="\\")
show(delimiter=";", quotechar="'", lineterminator="\n")
show(dialect="excel-tab")
show(dialect="unix")
show(lineterminator="|")

# round trip through a real file, written with newline="" as the csv docs say
rows = [["id", "note", "price"], [1, "simple", 9.99], [2, 'has "quotes"', 10],
        [3, "multi\nline", 0.5], [4, "comma, inside", -1], [5, "", None]]
with open("csv_writer_roundtrip.csv", "w", newline="") as f:
    cw = csv.writer(f)
    for row in rows:
        cw.writerow(row)
with open("csv_writer_roundtrip.csv", newline="") as f:
    print(repr(f.read()))
with open("csv_writer_roundtrip.csv", newline="") as f:
    back = list(csv.reader(f))
print(back)
print(back == [[str(v) if v is not None else "" for v in row] for row in rows])

with open("csv_writer_nonnumeric.csv", "w", newline="") as f:
    csv.writer(f, quoting=csv.QUOTE_NONNUMERIC).writerows([["x", 1, 2.5], ["y", -3, 1e20]])
with open("csv_writer_nonnumeric.csv", newline="") as f:
    print(list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC)))
