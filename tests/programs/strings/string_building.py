# checks that genpy runs this program (string_building, from the first differential-testing corpus) exactly as CPython 3.11 does
lines = []
for i in range(3):
    lines.append(f"row {i}: " + ", ".join(str(j * i) for j in range(4)))
print("\n".join(lines))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(r[c]) for r in table) for c in range(2)]
for r in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
s = ""
for ch in "abc": s += ch * 2
print(s, s.upper()[::2], "-" * 20)
print("".join(sorted("hello", reverse=True)), " ".join(reversed("a b c".split())))
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
print(header, data, [dict(zip(header, r)) for r in data])
