# checks that dir() of a generator, a range and a slice lists their public attributes,
# the computed gi_* ones included (genpy listed only the methods)
def g():
    yield 1


def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


print(public(g()))
print(public(range(3)))
print(public(slice(1, 2)))
print("gi_frame" in dir(g()), hasattr(g(), "gi_yieldfrom"))
