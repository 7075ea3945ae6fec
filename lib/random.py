# The Python-written part of `random`, run into the native module after its
# functions are defined: `Random` as a class that programs can subclass. Each
# instance owns a native generator (the Mersenne Twister of the Rust half); the
# generator's methods that a subclass does not override are bound on the instance
# itself, so calling them costs what calling the native method costs.

_NativeRandom = Random

_METHODS = ("seed", "random", "getrandbits", "randbytes", "getstate", "setstate",
            "randrange", "randint", "choice", "choices", "shuffle", "sample", "uniform",
            "triangular", "gauss", "normalvariate", "lognormvariate", "expovariate",
            "vonmisesvariate", "gammavariate", "betavariate", "paretovariate",
            "weibullvariate")


class Random:
    """Random(x=None): a generator of its own, seeded from `x` as `seed(x)` does (from
    the operating system when `x` is None)."""

    VERSION = _NativeRandom.VERSION

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._gen = _NativeRandom()
        for name in _METHODS:
            if getattr(cls, name) is getattr(Random, name):
                setattr(self, name, getattr(self._gen, name))
        return self

    def __init__(self, x=None):
        self.seed(x)


def _delegate(name):
    # The method `name` of the instance's native generator.
    def method(self, *args, **kwargs):
        return getattr(self._gen, name)(*args, **kwargs)

    method.__name__ = name
    method.__qualname__ = "Random." + name
    return method


for _name in _METHODS:
    setattr(Random, _name, _delegate(_name))
del _name
