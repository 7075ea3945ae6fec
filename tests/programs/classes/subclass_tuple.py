# Subclassing tuple: __new__, a hand-written namedtuple, hashing, unpacking.


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), p[0], p[-1], p[:1], list(p), type(q).__name__)
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)), {p: "P"}[(1, 2)])
print(isinstance(p, tuple), type(p[:1]).__name__, tuple(p), p.count(1), p.index(2), 2 in p)


def namedtuple(typename, field_names):
    fields = tuple(field_names.split())

    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"{typename} takes {len(fields)} arguments")
        return tuple.__new__(cls, args)

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(fields, self))
        return f"{typename}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        return type(self)(*[changes.get(n, v) for n, v in zip(fields, self)])

    namespace = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict,
                 "_replace": _replace, "_fields": fields}
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, i=index: self[i])
    return namespace


ns = namedtuple("Person", "name age")


class Person(tuple):
    __new__ = ns["__new__"]
    __repr__ = ns["__repr__"]
    _asdict = ns["_asdict"]
    _replace = ns["_replace"]
    _fields = ns["_fields"]
    name = ns["name"]
    age = ns["age"]


ada = Person("Ada", 36)
print(ada, ada.name, ada.age, ada._asdict(), ada._replace(age=37), Person._fields)
print(len(ada), ada == ("Ada", 36), sorted([Person("Bob", 5), ada]), ada + ("x",))
try:
    Person("only")
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    pass


pr = Pair([3, 4])
print(pr, repr(pr), type(pr).__name__, pr * 2, Pair(), Pair("ab"), hash(pr) == hash((3, 4)))
print({Pair((1,)): 1, (1,): 2}, set([Pair((1, 2)), (1, 2)]), max(Pair((5, 9, 2))))


class Vec(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    def __hash__(self):
        return 7


print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) == (1, 2), hash(Vec(1)), Vec(1, 2))
