# collections.namedtuple: construction by position and by name, field access,
# _make/_replace/_asdict, defaults, rename, name validation, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, Point(y=4, x=3), Point(5, y=6))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.__match_args__)
print(p._asdict(), type(p._asdict()).__name__, p._replace(y=5), p, Point._make([7, 8]), Point._make(range(2)))
print(p.__getnewargs__(), type(p.__getnewargs__()).__name__)

# Instances are tuples.
x, y = p
print(x, y, p[0], p[-1], p[:1], len(p), list(p), [v * 10 for v in p], 2 in p, p.index(2), p.count(1))
print(p == (1, 2), (1, 2) == p, p != (1, 3), p < (1, 3), p + (3,), p * 2, isinstance(p, tuple), isinstance(p, Point))
print(hash(p) == hash((1, 2)), {p: "P"}[(1, 2)], {(1, 2): "T"}[p], len({p, (1, 2), Point(1, 2)}), sorted([Point(2, 0), p]))
print(type(p).__name__, type(p[:1]).__name__, tuple(p), str(p), max(Point(3, 9)))
try:
    p.x = 10
except AttributeError:
    print("AttributeError on assignment")

# Field names as a string, separated by spaces and/or commas.
Color = namedtuple("Color", "red, green blue")
print(Color(1, 2, 3), Color._fields, namedtuple("Empty", "")(), namedtuple("Empty", [])._fields)

# Defaults apply to the rightmost fields.
Account = namedtuple("Account", "owner balance kind", defaults=[0, "checking"])
print(Account("ada"), Account("bob", 5), Account("cy", 1, "savings"), Account._field_defaults)
Opt = namedtuple("Opt", "a b c", defaults=iter([9]))
print(Opt(1, 2), Opt._field_defaults, Opt(c=3, b=2, a=1))

# rename=True replaces invalid names with _<index>.
R = namedtuple("R", ["abc", "def", "1x", "_hidden", "abc", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))

# module= sets __module__.
M = namedtuple("M", "a", module="mymod")
print(M.__module__, M(1))

# Argument errors of __new__.
Q = namedtuple("Q", "x y z")
E = namedtuple("E", "")
cases = [
    (Point, (), {}),
    (Point, (1,), {}),
    (Point, (1, 2, 3), {}),
    (Point, (1,), {"x": 2}),
    (Point, (1, 2), {"w": 1}),
    (Q, (), {}),
    (Q, (1,), {}),
    (Q, (), {"y": 1}),
    (Q, (1, 2, 3, 4), {}),
    (Q, (1, 2, 3, 4), {"q": 1}),
    (Q, (1, 2, 3), {"z": 1}),
    (Account, (), {}),
    (Account, (1, 2, 3, 4), {}),
    (E, (1,), {}),
    (E, (1, 2), {}),
]
for cls, args, kwargs in cases:
    try:
        print(cls(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

# _make and _replace errors.
for bad in [[1], [1, 2, 3]]:
    try:
        Point._make(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    p._replace(z=3, x=0, w=1)
except ValueError as e:
    print("ValueError:", e)

# Invalid type and field names.
for name, fields, kw in [
    ("1x", "a", {}),
    ("P", "a 1x", {}),
    ("P", "a b-c", {}),
    ("class", "a", {}),
    ("P", "a def", {}),
    ("P", "a _b", {}),
    ("P", "a b a", {}),
    ("P", "a b", {"defaults": [1, 2, 3]}),
]:
    try:
        namedtuple(name, fields, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A subclass of a namedtuple.
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0), type(v._replace(x=0)).__name__, Vec._make([1, 1]).norm2())
