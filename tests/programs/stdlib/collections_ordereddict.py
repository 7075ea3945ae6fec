# collections.OrderedDict: move_to_end, popitem from either end, repr,
# order-sensitive equality between OrderedDicts, views, copy, fromkeys, |.
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(od, list(od), str(od))
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict(p=1, q=2), OrderedDict({"k": [1]}))
print(type(od).__name__, isinstance(od, dict), OrderedDict, OrderedDict.__module__)

od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("b", False)
print(od, list(od.keys()))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError as e:
    print("KeyError", e)

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a != dict(b), a == OrderedDict(a))
print(a == {"x": 1}, a == [("x", 1), ("y", 2)])

print(a.keys(), a.values(), a.items())
print(list(reversed(a)), list(reversed(a.items())), "x" in a.keys(), ("x", 1) in a.items())
print(a.keys() == {"x", "y"}, a.keys() & {"y", "z"}, sorted(a.keys() | {"w"}), len(a.values()))
keys = a.keys()
a["z"] = 3
print(keys, len(keys))

c = a.copy()
c.move_to_end("x")
print(type(c).__name__, c, a)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys(["u"], 0))
print(a | {"w": 0}, type(a | {"w": 0}).__name__, {"w": 0} | a)

d = OrderedDict(a=1)
d.update([("b", 2)], c=3)
d.setdefault("a", 9)
d.setdefault("e", 5)
print(d, d.pop("b"), d.get("b"), d)
del d["a"]
d["a"] = 10
print(d, [k for k, v in d.items()])
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
