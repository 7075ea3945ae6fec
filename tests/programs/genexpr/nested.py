# checks nested generator expressions and genexps over genexps stay lazy
def src(name, n):
    for i in range(n):
        print(name, "yields", i)
        yield i


outer = (sum(y for y in src("inner", x)) for x in src("outer", 3))
print("built")
print(list(outer))
squares = (x * x for x in src("base", 4))
evens = (s for s in squares if s % 2 == 0)
labels = (f"<{e}>" for e in evens)
print(next(labels))
print(list(labels))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
