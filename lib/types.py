"""Names for the interpreter's own types (``FunctionType``, ``GeneratorType``, ...),
``SimpleNamespace`` and ``MappingProxyType``: genpy's implementation of the
documented behaviour of CPython 3.11's ``types`` module."""

import sys

import _types


def _function():
    pass


def _generator():
    yield


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _frame():
    gen = _generator()
    frame = gen.gi_frame
    return type(frame)


FrameType = _frame()
del _function, _generator, _Class, _frame


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with; its
    repr lists them, and two are equal when their attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


# The type of a class's __dict__, a read-only live view (native).
MappingProxyType = type(type.__dict__)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement makes it: the metaclass from ``kwds`` or the
    bases, its ``__prepare__`` namespace filled by ``exec_body``."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, "__prepare__") else {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)


async def _coroutine():
    pass


async def _async_generator():
    yield


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_async_generator())
del _c, _coroutine, _async_generator


def coroutine(func):
    """Makes the generators that generator function ``func`` returns awaitable (a
    coroutine function is returned as it is)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    import functools
    import inspect

    if inspect.iscoroutinefunction(func):
        return func

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            _types.mark_iterable_coroutine(result)
        return result

    return wrapped
