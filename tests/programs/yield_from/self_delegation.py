# checks that yield from a generator into itself gives ValueError: generator already executing
def gen():
    yield 1
    yield from g


g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))
