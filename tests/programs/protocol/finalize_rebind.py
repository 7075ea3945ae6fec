# checks that rebinding the only name of a suspended generator closes it at that point
def gen(name):
    try:
        yield name
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise
    finally:
        print("finally in", name)


g = gen("first")
print(next(g))
print("rebinding")
g = gen("second")
print("rebound")
print(next(g))
g = None
print("set to None")
items = [gen("in list")]
next(items[0])
items.clear()
print("list cleared")
d = {"k": gen("in dict")}
next(d["k"])
d["k"] = 0
print("dict value replaced")
