# checks that rebinding the first iterable's name after creation does not affect the genexp
items = [1, 2, 3]
ge = (x * 2 for x in items)
items = [100]
print(list(ge))
data = [1, 2]
ge = (x for x in data)
data.append(3)
print(list(ge))
n = 2
ge = (x * n for x in range(3))
n = 10
print("free variables are looked up late:", list(ge))
rows = [[1, 2], [3]]
ge = ((r, c) for r in range(2) for c in rows[r])
rows = [[9], [8]]
print("second iterable is evaluated lazily:", list(ge))
