class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kw)
        return obj
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def hello(cls):
        return f"hello from {cls.__name__}"
    @property
    def upper(cls):
        return cls.__name__.upper()

class Base(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

class Child(Base, flag=2):
    pass

print(type(Base) is Meta, type(Child) is Meta, isinstance(Base, Meta), isinstance(Base, type))
print(Base.registered, Base.injected, Base.hello(), Child.upper)
b = Child(5)
print(b.x, type(b).__name__, type(Meta), Meta.__mro__)
X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X, X.__name__, X().f(), X.a, type(X))
Y = type("Y", (X,), {})
print(Y.__mro__, Y().f())
class M2(type): pass
class M3(type): pass
class A(metaclass=M2): pass
class B(metaclass=M3): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self):
        print("made S")
print(S() is S())
def func_meta(name, bases, ns):
    ns["extra"] = name * 2
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.extra, type(F))
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder(metaclass=Meta):
    d = D()
class Z(Base):
    def method(self):
        return super().__class__.__name__
print(Z(1).method())
print(repr(Base), Meta.__name__, type(Base).__name__)
