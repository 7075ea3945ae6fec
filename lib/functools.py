# The parts of functools genpy implements in Python, run into the functools module at
# import (reduce is native).


class partial:
    # A callable with some arguments given ahead; a partial of a partial is flattened.
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        for key, value in getattr(wrapped, attr, {}).items():
            setattr(wrapper, key, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


def singledispatch(func):
    registry = {object: func}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        for c, impl in registry.items():
            if issubclass(cls, c):
                return impl
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, "__annotations__", {})
            hints = [t for name, t in annotations.items() if name != "return"]
            if not hints:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an annotated function."
                )
            return register(hints[0], cls)
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # A CacheInfo named tuple (its class made on first use: collections is imported
    # only then).
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                                module="functools")
    return _CacheInfo(hits, misses, maxsize, currsize)


class _lru_cache_wrapper:
    # The memoising wrapper lru_cache makes. `memo` maps a key to its link in a
    # circular doubly linked list of [prev, next, key, result] lists, in use order:
    # `root`'s next link is the least recently used, its prev link the most recent.
    # A hit moves its link to the end and a full cache reuses the oldest link, each
    # in constant time (`_discard` removes a key without keeping the dict's order,
    # which nothing reads). With `typed`, arguments of different types are cached
    # apart (1 and 1.0).
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self.func = func
        self.maxsize = maxsize if maxsize is None or maxsize >= 0 else 0
        self.typed = typed
        self.memo = {}
        self.root = root = []
        root[:] = [root, root, None, None]
        self.hits = 0
        self.misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **keywords):
        key = args if not keywords else args + (_MARK,) + tuple(keywords.items())
        if self.typed:
            key += tuple(type(v) for v in args) + tuple(type(v) for v in keywords.values())
        memo = self.memo
        link = memo.get(key)
        if link is not None:
            self.hits += 1
            prev, after, _, result = link
            prev[1] = after
            after[0] = prev
            root = self.root
            last = root[0]
            last[1] = root[0] = link
            link[0] = last
            link[1] = root
            return result
        self.misses += 1
        result = self.func(*args, **keywords)
        maxsize = self.maxsize
        if maxsize == 0:
            return result
        if key in memo:
            # The call itself cached this key (a recursive call).
            return result
        root = self.root
        if maxsize is not None and len(memo) >= maxsize:
            oldest = root[1]
            _discard(memo, oldest[2])
            root[1] = oldest[1]
            oldest[1][0] = root
        else:
            oldest = [None, None, None, None]
        last = root[0]
        oldest[:] = [last, root, key, result]
        last[1] = root[0] = memo[key] = oldest
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _cache_info(self.hits, self.misses, self.maxsize, len(self.memo))

    def cache_clear(self):
        self.memo.clear()
        root = self.root
        root[:] = [root, root, None, None]
        self.hits = self.misses = 0

    def cache_parameters(self):
        return {"maxsize": self.maxsize, "typed": self.typed}


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return _lru_cache_wrapper(maxsize, 128, typed)

    def decorator(func):
        return _lru_cache_wrapper(func, maxsize, typed)

    return decorator


def _derived_order(base, name, combine):
    """The comparison `name` computed from the class's own `base` comparison."""

    def compare(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)

    compare.__name__ = name
    compare.__qualname__ = name
    return compare


# For each root comparison, how the other three follow from it.
_ORDER_FROM = {
    "__lt__": (
        ("__gt__", lambda r, a, b: not r and a != b),
        ("__le__", lambda r, a, b: r or a == b),
        ("__ge__", lambda r, a, b: not r),
    ),
    "__le__": (
        ("__ge__", lambda r, a, b: not r or a == b),
        ("__lt__", lambda r, a, b: r and a != b),
        ("__gt__", lambda r, a, b: not r),
    ),
    "__gt__": (
        ("__lt__", lambda r, a, b: not r and a != b),
        ("__ge__", lambda r, a, b: r or a == b),
        ("__le__", lambda r, a, b: not r),
    ),
    "__ge__": (
        ("__le__", lambda r, a, b: not r or a == b),
        ("__gt__", lambda r, a, b: r and a != b),
        ("__lt__", lambda r, a, b: not r),
    ),
}


def total_ordering(cls):
    # A comparison counts when the class has its own or inherits one (not object's).
    roots = {op for op in _ORDER_FROM if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # __lt__, then __le__, __gt__, __ge__
    for name, combine in _ORDER_FROM[root]:
        if name not in roots:
            setattr(cls, name, _derived_order(root, name, combine))
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
