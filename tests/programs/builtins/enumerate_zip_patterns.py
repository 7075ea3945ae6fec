# checks that genpy runs this program (enumerate_zip_patterns, from the first differential-testing corpus) exactly as CPython 3.11 does
names = ["ann", "bob", "cy"]
ages = [30, 25]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(f"{i}. {n} ({a})")
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
for idx, ch in enumerate("hi"): print(idx, ch, sep=":", end=" ")
print()
print(list(enumerate([])), list(enumerate("ab", -1)))
e = enumerate("xyz"); print(next(e), list(e))
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*matrix)], [list(r) for r in zip(*matrix[::-1])])
