from abc import ABCMeta, abstractmethod
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
    def describe(cls):
        return f"{cls.__name__} via {type(cls).__name__}"
class A(metaclass=Meta):
    x = 1
print(A.auto_hello, A.x, A.describe(), A.__class__, type(A).__mro__[1])
try:
    A.missing
except AttributeError as e:
    print("AttributeError", e)
class MetaABC(ABCMeta):
    def __new__(mcs, name, bases, ns):
        ns.setdefault("kind", name.lower())
        return super().__new__(mcs, name, bases, ns)
class Base(metaclass=MetaABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return self.kind
print(Impl().run(), type(Impl).__name__, isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print(e)
X = type.__new__(Meta, "X", (), {"y": 2})
print(type(X).__name__, X.y, X.auto_q)
obj = type.__call__(A)
print(type(obj).__name__)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counted):
    def __init__(self, v): self.v = v
ps = [P(i) for i in range(3)]
print(Counted.count, [p.v for p in ps])
try:
    P()
except TypeError as e:
    print(e)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Q(metaclass=Meta):
    pass
print(Q.decorated, Q.describe(), vars(Q)["decorated"], "describe" in dir(Meta))
class Attrs(type):
    def __new__(mcs, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=Attrs):
    value = 1
    def method(self): return "m"
print(C.VALUE, C().METHOD(), hasattr(C, "value"))
class WithSlots(metaclass=Meta):
    def __init__(self): self.a = 1
    def m(self): return super().__init__()
print(WithSlots().m())
print(issubclass(Meta, type), isinstance(A, Meta), isinstance(A(), A), Meta.__base__, Meta.__bases__)
