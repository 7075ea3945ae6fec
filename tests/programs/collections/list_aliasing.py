# checks that genpy runs this program (list_aliasing, from the first differential-testing corpus) exactly as CPython 3.11 does
grid = [[0] * 3] * 3
grid[0][0] = 1; print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1; print(grid)
a = [1, 2]; b = a; b.append(3); print(a, a is b, a == [1, 2, 3])
c = a[:]; c.append(4); print(a, c)
def mutate(x): x += [9]
mutate(a); print(a)
t = ([1],); t[0].append(2); print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(e, t)
x = y = []; x.append(1); print(y)
s = "abc"; s2 = s; s += "d"; print(s, s2)
