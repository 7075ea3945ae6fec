# An instance's __dict__ is its attribute storage: one live dict, seen both ways.


class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)


a = A(x=1, y=2)
print(a.x, a.y, vars(a))
print(a.__dict__ is a.__dict__, vars(a) is a.__dict__)

d = a.__dict__
a.z = 3
print(d)
d["w"] = 4
print(a.w, hasattr(a, "w"))
del d["x"]
print(hasattr(a, "x"), vars(a))
del a.y
print(d, "y" in d)
d.clear()
print(vars(a), getattr(a, "z", "gone"))

# Keys that are not identifiers, or not str at all: vars() sees them, attributes do not.
d[1] = "one"
d["not an identifier"] = 5
print(vars(a), getattr(a, "not an identifier"))

# Assigning __dict__ replaces the storage with the dict given (the same object).
b = A(p=1)
new = {"q": 2}
b.__dict__ = new
print(b.q, hasattr(b, "p"), b.__dict__ is new)
new["r"] = 3
print(b.r)
for bad in (1, [("k", 1)], None):
    try:
        b.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
del b.__dict__
print(vars(b))
b.s = 1
print(vars(b))

# Writes before and after the dict is taken, through setattr/getattr/delattr too.
c = A()
for i in range(5):
    setattr(c, f"a{i}", i)
dd = vars(c)
for i in range(5, 8):
    setattr(c, f"a{i}", i)
delattr(c, "a0")
print(list(dd), c.a7, sum(getattr(c, k) for k in dd))


# A class attribute and an instance attribute of the same name.
class K:
    v = "class"


k = K()
k.__dict__["v"] = "instance"
print(k.v, K.v)
del k.__dict__["v"]
print(k.v)


# Properties still win over the dict; methods do not.
class P:
    @property
    def p(self):
        return "property"

    def m(self):
        return "method"


p = P()
p.__dict__["p"] = "dict"
p.__dict__["m"] = lambda: "from dict"
print(p.p, p.m())

# Exceptions have a __dict__ too.
e = ValueError("bad")
e.__dict__["extra"] = 1
print(e.extra, vars(e))


# __slots__ classes have no __dict__.
class S:
    __slots__ = ("a",)


s = S()
s.a = 1
for attempt in ("read", "write"):
    try:
        if attempt == "read":
            s.__dict__
        else:
            s.__dict__ = {}
    except AttributeError as err:
        print("AttributeError:", err)
print(hasattr(s, "__dict__"))
