# checks that genpy runs this program (itertools_groupby_report, from the second differential-testing corpus) exactly as CPython 3.11 does
from itertools import groupby
sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "north", 30), ("2024-02", "east", 200), ("2024-03", "south", 10),
]
for month, grp in groupby(sales, key=lambda r: r[0]):
    grp = list(grp)
    print(f"{month}: {len(grp)} rows, total {sum(r[2] for r in grp)}")
by_region = sorted(sales, key=lambda r: r[1])
print({k: sum(r[2] for r in g) for k, g in groupby(by_region, lambda r: r[1])})
s = "aaabccddddde"
print([(k, len(list(g))) for k, g in groupby(s)])
print("".join(f"{len(list(g))}{k}" for k, g in groupby(s)))
print([k for k, _ in groupby([1, 1, 2, 2, 1, 3, 3])])
g = groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
