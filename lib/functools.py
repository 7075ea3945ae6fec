# The parts of functools genpy implements in Python, run into the functools module at
# import (reduce is native).


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})


def wraps(wrapped, assigned=None, updated=None):
    def decorator(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            try:
                setattr(wrapper, attr, getattr(wrapped, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = wrapped
        return wrapper

    return decorator


def _cache_info(hits, misses, maxsize, currsize):
    return "CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)" % (hits, misses, maxsize, currsize)


class _LruWrapper:
    def __init__(self, func, maxsize):
        self.__wrapped__ = func
        self.func = func
        self.maxsize = maxsize
        self.memo = {}
        self.hits = 0
        self.misses = 0
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(self, attr, getattr(func, attr))

    def __call__(self, *args, **keywords):
        key = args if not keywords else args + (_MARK,) + tuple(sorted(keywords.items()))
        memo = self.memo
        if key in memo:
            self.hits += 1
            result = memo.pop(key)
            memo[key] = result
            return result
        self.misses += 1
        result = self.func(*args, **keywords)
        memo[key] = result
        if self.maxsize is not None and len(memo) > self.maxsize:
            del memo[next(iter(memo))]
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _cache_info(self.hits, self.misses, self.maxsize, len(self.memo))

    def cache_clear(self):
        self.memo.clear()
        self.hits = self.misses = 0


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return _LruWrapper(maxsize, 128)

    def decorator(func):
        return _LruWrapper(func, maxsize)

    return decorator


def total_ordering(cls):
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = defined[0]
    if root == "__lt__":
        cls.__gt__ = lambda self, other: not (self < other or self == other)
        cls.__le__ = lambda self, other: self < other or self == other
        cls.__ge__ = lambda self, other: not self < other
    elif root == "__le__":
        cls.__lt__ = lambda self, other: self <= other and not self == other
        cls.__gt__ = lambda self, other: not self <= other
        cls.__ge__ = lambda self, other: not self <= other or self == other
    elif root == "__gt__":
        cls.__lt__ = lambda self, other: not (self > other or self == other)
        cls.__ge__ = lambda self, other: self > other or self == other
        cls.__le__ = lambda self, other: not self > other
    else:
        cls.__le__ = lambda self, other: not self >= other or self == other
        cls.__gt__ = lambda self, other: self >= other and not self == other
        cls.__lt__ = lambda self, other: not self >= other
    return cls


_MARK = object()


def cache(func):
    return lru_cache(None)(func)


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


class cached_property:
    # A property computed once per instance: the first access stores the value in
    # the instance's dict, which later accesses find first (no __set__).

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        value = self.func(instance)
        object.__setattr__(instance, self.attrname, value)
        return value
