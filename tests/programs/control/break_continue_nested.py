# checks that break and continue affect only the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print("pair", i, j)
    print("end of row", i)
total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
    total += i
print("total", total)


def grid():
    for r in range(3):
        for c in range(3):
            yield r, c


for r, c in grid():
    if c == 1:
        continue
    if r == 2:
        break
    print("cell", r, c)
