# checks that genpy runs this program (file_many_lines_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
N = 2000
with open("big.txt", "w") as f:
    for i in range(N):
        f.write(f"{i},{i * i % 97},{'x' * (i % 5)}\n")
def rows(path):
    with open(path) as f:
        for line in f:
            a, b, c = line.rstrip("\n").split(",")
            yield int(a), int(b), c
tot = sum(b for _, b, _ in rows("big.txt"))
longest = max(rows("big.txt"), key=lambda r: (len(r[2]), r[1]))
buckets = {}
for a, b, c in rows("big.txt"):
    buckets[b % 10] = buckets.get(b % 10, 0) + 1
print(tot, longest, sorted(buckets.items()))
