# checks that genpy runs this program (cls_classmethods_registry, from the second differential-testing corpus) exactly as CPython 3.11 does
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
    @classmethod
    def create(cls, key, *args):
        return cls.registry[key](*args)
    @staticmethod
    def describe(p):
        return f"<{p.key}:{p.args}>"
    def __init__(self, *args):
        self.args = args
class Alpha(Plugin): pass
class Beta(Plugin, key="b"): pass
class Gamma(Beta, key="g"): pass
print(sorted(Plugin.registry))
p = Plugin.create("g", 1, 2)
print(type(p).__name__, Plugin.describe(p), p.key, Beta.key, isinstance(p, Beta))
try:
    Plugin.create("zzz")
except KeyError as e:
    print("KeyError", e)
