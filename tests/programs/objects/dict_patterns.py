# Everyday patterns built on a live instance __dict__.
import copy
import pickle
from dataclasses import asdict, dataclass, field, replace


class Record:
    """Attribute access on a dict through __getattr__/__setattr__ and __dict__."""

    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)

    def __getattr__(self, name):
        try:
            return self.__dict__["_fields"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self.__dict__["_fields"][name] = value

    def __repr__(self):
        return f"Record({self._fields})"


r = Record(a=1)
r.b = 2
print(r, r.a, r.b, list(vars(r)))
try:
    r.c
except AttributeError as e:
    print("AttributeError:", e)


class Config:
    """Settings from keyword arguments, with defaults."""

    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.__dict__.update(self.defaults)
        self.__dict__.update(overrides)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Config({items})"


cfg = Config(level=3, name="prod")
print(cfg, cfg.level, cfg.debug, cfg.name)


class Proxy:
    """Forwards unknown attributes to a wrapped object, counting them."""

    def __init__(self, target):
        self.__dict__["_target"] = target
        self.__dict__["hits"] = 0

    def __getattr__(self, name):
        self.__dict__["hits"] += 1
        return getattr(self.__dict__["_target"], name)

    def __setattr__(self, name, value):
        if name in self.__dict__:
            self.__dict__[name] = value
        else:
            setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.x = 10

    def double(self):
        return self.x * 2


t = Target()
px = Proxy(t)
print(px.x, px.double(), px.hits)
px.x = 21
px.hits = 100
print(t.x, px.double(), px.hits, sorted(vars(px)))


class Lazy:
    """Computes an attribute once and caches it in the instance dict."""

    calls = 0

    def __getattr__(self, name):
        if name == "value":
            Lazy.calls += 1
            self.__dict__[name] = 42
            return 42
        raise AttributeError(name)


lz = Lazy()
print(lz.value, lz.value, lz.value, Lazy.calls)

# Copies of instances carry their __dict__, and copy it (deeply for deepcopy).
c1 = Config(tags=["a"])
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.tags.append("b")
print(c2.tags, c3.tags, vars(c2) is vars(c1), c2.__dict__ == c1.__dict__)
c4 = copy.copy(Record(k=1))
print(c4, c4.k)


class Odd:
    pass


o = Odd()
o.__dict__[5] = "five"
o.y = 1
print(vars(copy.copy(o)), vars(copy.deepcopy(o)))

p = pickle.loads(pickle.dumps(cfg))
print(p, type(p).__name__, p.name)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


pt = Point(1, 2)
pt.__dict__["y"] = 5
print(pt, asdict(pt), replace(pt, x=9), vars(pt))
print(copy.deepcopy(pt) == pt)


def counted(f):
    f.__dict__.setdefault("calls", 0)

    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)

    wrapper.__dict__.update(f.__dict__)
    return wrapper


@counted
def add(a, b):
    return a + b


add(1, 2)
add(3, 4)
print(add.calls, add.__dict__)
