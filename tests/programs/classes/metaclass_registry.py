"""Plugin registries three ways: a metaclass, __init_subclass__ and __subclasses__."""


class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns, *, key=None):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[key or name.lower()] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(cls.registry))

    def create(cls, key, *args):
        return cls.registry[key](*args)


class Plugin(metaclass=PluginMeta):
    def __init__(self, arg=None):
        self.arg = arg

    def __repr__(self):
        return f"{type(self).__name__}({self.arg!r})"


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


class Yaml(Json, key="yml"):
    pass


print(list(Plugin), Plugin.create("csv", 1), Plugin.create("yml"), type(Yaml).__name__)
print(isinstance(Yaml(), Json), [c.__name__ for c in Plugin.__subclasses__()], Json.__subclasses__())


class Handler:
    handlers = []

    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Handler.handlers.append(cls)


class Get(Handler, prefix="GET "):
    pass


class Post(Handler, prefix="POST "):
    pass


print([(h.__name__, h.prefix) for h in Handler.handlers], [c.__name__ for c in Handler.__subclasses__()])
try:
    class Bad(Handler, color="red"):
        pass
except TypeError as e:
    print(e)


def describe(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        describe(sub, depth + 1)


describe(Plugin)
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "double": lambda self: self.x * 2})
print(Point(4).double(), Point.__name__, Point.__module__, Point.__qualname__)
Meta2 = type("Meta2", (type,), {"tag": "meta"})
Tagged = Meta2("Tagged", (), {})
print(type(Tagged).__name__, Tagged.tag, isinstance(Tagged, type))
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type("X", (), [])
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
