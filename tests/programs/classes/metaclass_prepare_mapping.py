class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate attribute {key!r}")
        super().__setitem__(key, value)

class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return NoDupes()
    def __new__(mcs, name, bases, ns, **kw):
        print("ns type:", type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))

class Ok(metaclass=Strict):
    a = 1
    def f(self): return self.a + 1
print(Ok().f(), Ok.a)
try:
    class Bad(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(e)

class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k)

class Tracking(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class T(metaclass=Tracking):
    z = 1
    y = z + 1
    def m(self): return __class__.__name__
    del z
print(T.order, T.y, hasattr(T, "z"), T().m(), len)

class AutoNum(dict):
    def __init__(self):
        super().__init__()
        self.n = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print", "len"):
            raise KeyError(key)
        self.n += 1
        self[key] = self.n
        return self.n

class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return AutoNum()

class Nums(metaclass=AutoMeta):
    ONE
    TWO
    THREE
print(Nums.ONE, Nums.TWO, Nums.THREE)
