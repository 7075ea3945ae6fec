# checks that next() on an exhausted generator at top level ends in a bare StopIteration
def one():
    yield 1


g = one()
print(next(g))
print(next(g))
