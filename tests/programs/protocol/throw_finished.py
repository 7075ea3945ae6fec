# checks throw into a finished generator re-raises the exception in the caller
def gen():
    yield 1


g = gen()
print(list(g))
try:
    g.throw(KeyError("after the end"))
except KeyError as e:
    print("caller got KeyError", e)
try:
    g.throw(StopIteration)
except StopIteration:
    print("even StopIteration is raised as is")
print(next(g, "still exhausted"))
