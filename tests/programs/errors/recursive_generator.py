# checks unbounded recursion through nested generators raises RecursionError
def nest(n):
    yield n
    yield from nest(n + 1)


count = 0
for v in nest(0):
    count += 1
print("never printed", count)
