# checks that genpy runs this program (loop_else_flow, from the second differential-testing corpus) exactly as CPython 3.11 does
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i
print(find([1, 2, 3], 2), find([], 1))
n = 10
while n > 0:
    n -= 3
    if n == 5: break
else:
    print("while else", n)
print("n", n)
k = 0
while k < 3:
    k += 1
else:
    print("completed", k)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        continue
    print("broke at", i, j)
    break
result = []
for x in range(10):
    if x % 2: continue
    if x > 6: break
    result.append(x)
print(result)
try:
    for x in range(3):
        try:
            if x == 1: raise ValueError
        finally:
            result.append(f"f{x}")
except ValueError:
    print("escaped", result[-3:])
