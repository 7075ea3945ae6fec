# A class's __dict__ is a mappingproxy: a read-only live view of its namespace.
import types


class C:
    x = 1

    def m(self):
        return "m"


d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(d["x"], "x" in d, "nope" in d, 1 in d, d.get("nope", "default"), d.get("x"))
print(d["m"](C()), callable(d["m"]))
for key in ("nope", 1):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e)

# Later changes to the class are seen through the same proxy.
setattr(C, "y", 2)
C.z = 3
del C.x
print("x" in d, d["y"], d["z"], [k for k in d if not k.startswith("__")])
print([k for k in d.keys() if not k.startswith("__")], [v for k, v in d.items() if k == "y"])
print(len(d) == len(list(d)), sorted(k for k in dict(d) if not k.startswith("__")))

# Read-only.
for action in ("set", "del"):
    try:
        if action == "set":
            d["w"] = 1
        else:
            del d["y"]
    except TypeError as e:
        print("TypeError:", e)
try:
    d.pop
except AttributeError as e:
    print("AttributeError:", e)

# copy() is a plain dict snapshot.
snap = d.copy()
C.later = 1
print(type(snap).__name__, "later" in snap, "later" in d)


# Inherited names are not in a subclass's own dict.
class D(C):
    own = True


print("own" in D.__dict__, "y" in D.__dict__, D.y)
print({k: v for k, v in D.__dict__.items() if k == "own"})

# types.MappingProxyType over a dict.
src = {"a": 1}
mp = types.MappingProxyType(src)
src["b"] = 2
print(mp, repr(mp), str(mp), len(mp), mp["b"], mp == {"a": 1, "b": 2}, list(mp))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(types.MappingProxyType({})))
