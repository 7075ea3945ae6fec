# globals() is the module's namespace itself, not a copy: writes through it bind
# names, later bindings show in it, deletions unbind, and it is the same object
# as locals() and vars() at module level.
import sys

globals()["x"] = 1
print(x)
g = globals()
y = 2
print(g["y"], "y" in g)
print(globals() is globals(), locals() is globals(), vars() is globals())
del globals()["x"]
try:
    print(x)
except NameError as e:
    print("NameError:", e)


def read_later():
    return later


g["later"] = "set through the dict"
print(read_later())
g["later"] = "changed"
print(read_later())


def f():
    return counter


counter = 0
for i in range(3):
    globals()["counter"] += 1
print(f(), counter)
print(f.__globals__ is globals())
print(sys.modules[__name__].__dict__ is globals())
print(sys._getframe().f_globals is globals())


def inner_frame():
    return sys._getframe().f_globals


print(inner_frame() is g)

# A global that shadows a builtin, set and removed through the dict.
def use_len():
    return len("abc")


print(use_len())
g["len"] = lambda s: "shadowed"
print(use_len())
g.pop("len")
print(use_len())
g["len"] = lambda s: "again"
print(use_len())
del g["len"]
print(use_len())
g.update({"len": lambda s: "updated"})
print(use_len())
g.popitem()
print(use_len())

# Keys other than identifiers can live in the globals dict too.
g[1] = "one"
print(g[1], 1 in globals())
del g[1]
print(sorted(k for k in globals() if not k.startswith("_"))[:6])
print(sys._getframe().f_locals is globals())


def snapshot():
    a = 1
    return sorted(locals()), sorted(vars())


print(snapshot())
