import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.ref(a) is weakref.ref(a))


class MyRef(weakref.ref):
    pass


mine = MyRef(a)
print(mine is r, mine() is a, mine == r, type(mine).__name__)
del mine
b = a
del a
print(r())
del b
print(r())
print(repr(r).endswith("; dead>"))

for obj in [1, "s", (1,), [], {}, None, 1.5]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
for obj in [set(), frozenset(), len, Node, lambda: 0]:
    print(weakref.ref(obj)() is not None)

x, y = Node("x"), Node("y")
print(weakref.ref(x) == weakref.ref(x), weakref.ref(x) == weakref.ref(y), hash(weakref.ref(x)) == hash(x))

cache = weakref.WeakValueDictionary()
n1, n2 = Node("one"), Node("two")
cache["one"] = n1
cache["two"] = n2
print(len(cache), sorted(cache.keys()), cache["one"], "two" in cache, cache.get("three", "missing"))
del n1
print(len(cache), list(cache.items()), "one" in cache, cache.get("one"))
try:
    cache["one"]
except KeyError as e:
    print("KeyError", e)
print(cache.setdefault("two", None), cache.pop("two"), len(cache))
del n2

meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, sorted(meta.values()), 5 in meta)
del k1
print(len(meta), list(meta.items()))
del meta[k2]
print(len(meta))

ws = weakref.WeakSet()
m1, m2 = Node("m1"), Node("m2")
ws.add(m1)
ws.add(m2)
ws.add(m1)
print(len(ws), m1 in ws, sorted(n.name for n in ws))
del m2
print(len(ws), list(ws), 3 in ws)
ws.discard(m1)
print(len(ws))


def make():
    local = Node("temp")
    return weakref.ref(local)


print(make()())
