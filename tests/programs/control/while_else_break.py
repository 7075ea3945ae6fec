# checks that genpy runs this program (while_else_break, from the first differential-testing corpus) exactly as CPython 3.11 does
def find(xs, t):
    i = 0
    while i < len(xs):
        if xs[i] == t:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([1, 2, 3], 2); find([1, 2, 3], 9); find([], 1)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        continue
    print("broke at", i, j)
    break
n = 0
while True:
    n += 1
    if n < 5: continue
    break
print(n)
