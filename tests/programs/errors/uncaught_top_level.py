# checks that an uncaught exception at top level exits 1 after the earlier output
def lookups(d):
    for key in "ab":
        print("looking up", key)
        yield d[key]


values = {"a": 1}
print(values["a"])
g = lookups(values)
print(next(g))
print(values["b"])
print("never printed")
