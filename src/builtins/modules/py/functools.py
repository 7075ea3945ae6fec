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


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return lru_cache()(maxsize)

    def decorator(func):
        memo = {}

        def wrapper(*args, **keywords):
            key = args if not keywords else args + (_MARK,) + tuple(sorted(keywords.items()))
            if key in memo:
                return memo[key]
            result = func(*args, **keywords)
            memo[key] = result
            return result

        wrapper.cache_clear = memo.clear
        return wraps(func)(wrapper)

    return decorator


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
