# checks that loop variables stay bound after the loop and for over a generator sees mutation timing
for i in range(3):
    pass
print("i after loop", i)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("x", x)


def gen(lst):
    for v in lst:
        yield v


data = [10, 20]
g = gen(data)
print(next(g))
data.append(30)
print(list(g))
