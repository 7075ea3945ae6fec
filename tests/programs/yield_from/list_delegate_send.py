# checks send(non-None) through yield from a list raises AttributeError from list_iterator
def gen():
    yield from [1, 2, 3]


g = gen()
print(next(g))
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "generator finished by the error"))
