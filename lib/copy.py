"""Shallow and deep copies: ``copy(x)`` and ``deepcopy(x, memo)``, with the
``__copy__``, ``__deepcopy__``, ``__reduce_ex__``/``__reduce__``, ``__getstate__``
and ``__setstate__`` hooks: genpy's implementation of the documented behaviour of
CPython 3.11's ``copy`` module."""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    """Raised for an object that cannot be copied."""


error = Error

# Values that are their own copy.
_ATOMIC = (
    type(None), int, float, bool, str, type, range, slice, types.FunctionType,
    types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), property,
    types.CodeType,
)

_nil = object()


def copy(x):
    """A shallow copy of ``x``: a new container holding the same items, a new
    instance holding the same attribute values."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is not None:
        return _reconstruct(x, None, *rv)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=_nil):
    """A deep copy of ``x``: its items and attributes copied in turn, each object
    once (``memo`` maps the ids of the objects copied so far to their copies, so
    shared and cyclic references stay shared and cyclic)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reached again through its own items already has a copy.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is not None:
                y = _reconstruct(x, memo, *rv)
            else:
                y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reduce(x):
    """What a class's own ``__reduce_ex__`` or ``__reduce__`` says to rebuild ``x``
    from, or None when it defines neither."""
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        for klass in cls.__mro__:
            if klass is object:
                break
            if name in klass.__dict__:
                rv = getattr(x, name)(4) if name == "__reduce_ex__" else getattr(x, name)()
                if isinstance(rv, str):
                    return None
                return tuple(rv) + (None,) * (5 - len(rv))
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _rebuild(x, memo):
    """A new instance of ``type(x)`` holding (copies of) its built-in value and its
    attributes, as ``object.__reduce_ex__`` would rebuild it."""
    cls = type(x)
    deep = memo is not None
    if not hasattr(x, "__dict__") and hasattr(cls, "__copy__"):
        # A native container (a deque): its own copy, refilled with copies.
        y = x.__copy__()
        if deep:
            memo[id(x)] = y
            items = [deepcopy(item, memo) for item in x]
            y.clear()
            y.extend(items)
        return y
    if isinstance(x, (int, float, str, tuple, frozenset)):
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            base = next(b for b in cls.__mro__ if b in (int, float, str, tuple, frozenset))
            args = (base(x),)
        y = cls.__new__(cls, *(deepcopy(args, memo) if deep else args))
    else:
        y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) if deep else item for item in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) if deep else item for item in x)
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else _instance_state(x)
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    return y


def _instance_state(x):
    """The attributes of an instance without __getstate__: its __dict__, or for a
    class with __slots__ (and no __dict__) `(None, {slot: value})`, as CPython's."""
    d = getattr(x, "__dict__", None)
    if d is not None:
        return d or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        for name in (names,) if isinstance(names, str) else names:
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                slots[name] = getattr(x, name)
    return (None, slots) if slots else None


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
        for key, value in (slots or {}).items():
            setattr(y, key, value)
    if state:
        # Into the instance dict itself, past any __setattr__, as CPython's.
        y.__dict__.update(state)
