# checks that genpy runs this program (list_comprehension_vs_loop, from the first differential-testing corpus) exactly as CPython 3.11 does
result = []
for i in range(5):
    if i % 2 == 0:
        result.append(i ** 2)
    else:
        result.append(-i)
print(result == [i ** 2 if i % 2 == 0 else -i for i in range(5)], result)
flat = []
for sub in [[1, 2], [3], []]:
    for x in sub:
        flat.append(x)
print(flat)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[r[i] for r in matrix] for i in range(3)])
print([s.strip() for s in " a , b ,c ".split(",")], [w for w in "The cat sat".lower().split() if len(w) == 3])
print([(x, y) for x in range(3) for y in range(x)], [n for n in range(2, 30) if all(n % d for d in range(2, n))])
