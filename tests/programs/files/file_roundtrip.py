# checks that genpy runs this program (file_roundtrip, from the second differential-testing corpus) exactly as CPython 3.11 does
rows = [("id", "name", "score"), (1, "ann", 93.5), (2, "ben", 71.25), (3, "cy", 88.0)]
with open("data.csv", "w") as f:
    for r in rows:
        f.write(",".join(map(str, r)) + "\n")
with open("data.csv") as f:
    header = f.readline().strip().split(",")
    recs = [dict(zip(header, line.rstrip("\n").split(","))) for line in f]
print(header, recs)
with open("data.csv", "a") as f:
    print("4,dee,55.5", file=f)
    f.writelines(["5,eve,", "60\n"])
with open("data.csv") as f:
    lines = f.readlines()
print(len(lines), lines[-2:], repr(open("data.csv").read()[-10:]))
total = 0
with open("data.csv") as f:
    next(f)
    for line in f:
        total += float(line.split(",")[2])
print(total)
