from abc import ABC, abstractmethod, ABCMeta
import abc

class Meta(type):
    created = []
    def __new__(mcs, name, bases, ns, **kw):
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcs, name, bases, ns)
        mcs.created.append(name)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst
    def __repr__(cls):
        return f"<model {cls.__name__}>"

class Model(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

class User(Model):
    pass

u = User(5)
print(Meta.created, User.kind, u.v, u.made_by_meta, User, type(User), isinstance(User, Meta))

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
    @property
    def name(self): return "circle"

class Half(Shape):
    def area(self): return 1

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
print(Circle(1).describe(), Shape.__abstractmethods__ == frozenset({"area", "name"}), Circle.__abstractmethods__)
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Mallard:
    def quack(self): return "Q"
print(isinstance(Mallard(), Duck), issubclass(int, Duck))
class Registered(ABC): pass
Registered.register(tuple)
print(isinstance((1,), Registered), issubclass(tuple, Registered), isinstance([], Registered))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self): print("Conf init once")
print(Conf() is Conf())
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"order": []}
    def __new__(mcs, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_") and k not in ("order",)]
        return super().__new__(mcs, name, bases, dict(ns))
class Rec(metaclass=Ordered):
    b = 1
    a = 2
    def m(self): pass
print(Rec.fields)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value * 2)
class Holder:
    d = Desc()
h = Holder(); print(h.d); h.d = 4; print(h.d, Holder.d.name)
class Base:
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="special"): pass
print(Sub.tag, Base.__subclasses__(), type.__name__, Sub.__qualname__, Sub.__mro__)
print(abc.ABC.__name__, isinstance(Circle(2), Shape), Circle.__bases__)
