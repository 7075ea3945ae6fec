# checks a while loop driven by next() with a default until a generator is exhausted
def fib():
    a, b = 0, 1
    while a < 50:
        yield a
        a, b = b, a + b


g = fib()
while (v := next(g, None)) is not None:
    print(v, end=" ")
print()
print(next(g, "exhausted"))
g2 = fib()
first = []
while len(first) < 5:
    first.append(next(g2))
print(first)
print(next(g2))
