"""The abstract base classes of the container protocols (``Iterable``, ``Sized``,
``Mapping``, ``Sequence``, ...) with their mixin methods: genpy's implementation of
the documented behaviour of CPython 3.11's ``collections.abc``. A class is a virtual
subclass of the one-method ABCs (``Iterable``, ``Sized``, ``Callable``, ...) when it
defines the method; the built-in types are registered."""

from abc import ABCMeta, abstractmethod

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
    "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
    "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Sequence", "MutableSequence", "ByteString",
]


def _check_methods(C, *methods):
    """True when each method is defined along ``C``'s MRO (and not set to None)."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(abc, *methods):
    def __subclasshook__(cls, C):
        if cls is abc():
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


class Hashable(metaclass=ABCMeta):
    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _hook(lambda: Hashable, "__hash__")


class Awaitable(metaclass=ABCMeta):
    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _hook(lambda: Awaitable, "__await__")


class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    __subclasshook__ = _hook(lambda: Coroutine, "__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _hook(lambda: AsyncIterable, "__aiter__")


class AsyncIterator(AsyncIterable):
    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _hook(lambda: AsyncIterator, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __subclasshook__ = _hook(lambda: AsyncGenerator, "__aiter__", "__anext__", "asend",
                             "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _hook(lambda: Iterable, "__iter__")


class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _hook(lambda: Iterator, "__iter__", "__next__")


class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _hook(lambda: Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _hook(lambda: Generator, "__iter__", "__next__", "send", "throw",
                             "close")


class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _hook(lambda: Sized, "__len__")


class Container(metaclass=ABCMeta):
    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _hook(lambda: Container, "__contains__")


class Collection(Sized, Iterable, Container):
    __subclasshook__ = _hook(lambda: Collection, "__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _hook(lambda: Callable, "__call__")


class Set(Collection):
    """A finite set: comparisons and ``& | - ^`` from ``__contains__``,
    ``__iter__`` and ``__len__``."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        h = 0
        for elem in self:
            h ^= hash(elem)
        return h


class MutableSet(Set):
    """A set that can change: ``add`` and ``discard`` give the rest."""

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: ``__getitem__``, ``__iter__`` and ``__len__`` give
    ``get``, ``in``, ``keys``, ``items``, ``values`` and ``==``."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that can change: ``__setitem__`` and ``__delitem__`` give ``pop``,
    ``popitem``, ``clear``, ``update`` and ``setdefault``."""

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: ``__getitem__`` and ``__len__`` give iteration, ``in``,
    ``reversed``, ``index`` and ``count``."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """The common base of bytes and bytearray."""


class MutableSequence(Sequence):
    """A sequence that can change: ``__setitem__``, ``__delitem__``, ``__len__`` and
    ``insert`` give ``append``, ``clear``, ``reverse``, ``extend``, ``pop``,
    ``remove`` and ``+=``."""

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register_builtins():
    def gen():
        yield

    generator = type(gen())
    iterators = {type(iter(x)) for x in ([], (), "", {}, set(), range(0), {}.keys(),
                                         {}.values(), {}.items())}
    for t in iterators | {generator, type(iter(range(0))), type(reversed([])),
                          type(zip()), type(map(len, [])), type(filter(None, [])),
                          type(enumerate([]))}:
        Iterator.register(t)
    Generator.register(generator)
    for t in (tuple, str, range):
        Sequence.register(t)
    MutableSequence.register(list)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ValuesView.register(type({}.values()))
    ItemsView.register(type({}.items()))
    for t in (type(len), type(gen), type([].append), type, type(_register_builtins)):
        Callable.register(t)
    for t in (dict, type({}.keys()), type({}.values()), type({}.items())):
        Reversible.register(t)


_register_builtins()
del _register_builtins


# `Iterator[int]`, `Mapping[str, int]`, ...: the generic ABCs subscript into
# types.GenericAlias, as CPython's (Hashable, Sized and ByteString do not).
_GenericAlias = type(list[int])
for _cls in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable,
             Iterator, Reversible, Generator, Container, Collection, Callable, Set,
             MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
             ValuesView, Sequence, MutableSequence):
    _cls.__class_getitem__ = classmethod(_GenericAlias)
del _cls
