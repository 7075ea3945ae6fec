"""Weak references, as CPython's `weakref` module: `ref` (`r()` gives the object,
or None once it is gone), `WeakValueDictionary`, `WeakKeyDictionary` and `WeakSet`.
genpy counts references as CPython does, so an object is gone exactly when CPython's
would be. Callbacks, `finalize` and `proxy` are not supported yet: they raise
NotImplementedError.
"""

import _weakref

__all__ = ["ref", "ReferenceType", "WeakValueDictionary", "WeakKeyDictionary",
           "WeakSet", "finalize", "proxy"]


def _no_callbacks(what):
    return NotImplementedError(
        "weakref: %s is not supported by genpy (no callbacks when an object dies)" % what)


# The plain (callback-less, not subclassed) reference to each object, by id: as in
# CPython, ref(obj) gives it back rather than making another. An entry whose object
# is gone is replaced when its id is reused.
_canonical = {}


class ReferenceType:
    """A weak reference to `ob`: calling it gives `ob` while something else keeps
    it alive, and None after."""

    __slots__ = ("_handle", "_hash")

    def __new__(cls, ob, callback=None, /):
        if callback is not None:
            raise _no_callbacks("a weak reference callback")
        if cls is ReferenceType:
            existing = _canonical.get(id(ob))
            if existing is not None and existing() is ob:
                return existing
        self = object.__new__(cls)
        self._handle = _weakref.new(ob)
        self._hash = None
        if cls is ReferenceType:
            _canonical[id(ob)] = self
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return _weakref.get(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))


ref = ReferenceType


def finalize(obj, func, /, *args, **kwargs):
    """Not supported yet: raises NotImplementedError."""
    raise _no_callbacks("weakref.finalize")


def proxy(object, callback=None, /):
    """Not supported yet: raises NotImplementedError."""
    raise NotImplementedError("weakref.proxy is not supported by genpy")


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry disappears when its value
    is gone."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def _live(self):
        """The (key, value) pairs whose value is alive; forgets the others."""
        pairs = []
        for key, r in list(self.data.items()):
            value = r()
            if value is None:
                del self.data[key]
            else:
                pairs.append((key, value))
        return pairs

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        self._live()
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        for key, _ in self._live():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        """The value of `key`, or `default`."""
        r = self.data.get(key)
        if r is None:
            return default
        value = r()
        return default if value is None else value

    def keys(self):
        """An iterator over the keys whose value is alive."""
        return iter(self)

    def values(self):
        """An iterator over the live values."""
        for _, value in self._live():
            yield value

    def items(self):
        """An iterator over the (key, value) pairs whose value is alive."""
        yield from self._live()

    def valuerefs(self):
        """The weak references to the values."""
        self._live()
        return list(self.data.values())

    def pop(self, key, *default):
        """Removes `key` and gives its value (or `default`)."""
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        """Removes and gives a (key, value) pair whose value is alive."""
        pairs = self._live()
        if not pairs:
            raise KeyError("popitem(): dictionary is empty")
        key, value = pairs[-1]
        del self.data[key]
        return key, value

    def setdefault(self, key, default=None):
        """The value of `key`, set to `default` first if it has none."""
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        """Adds the pairs of a mapping or iterable of pairs, and the keywords."""
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        """A new WeakValueDictionary with the same live entries."""
        return type(self)(self._live())

    __copy__ = copy

    def clear(self):
        """Removes every entry."""
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry disappears when its key is
    gone."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        """The (key, value) pairs whose key is alive; forgets the others."""
        pairs = []
        for r, value in list(self.data.items()):
            key = r()
            if key is None:
                del self.data[r]
            else:
                pairs.append((key, value))
        return pairs

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        for key, _ in self._live():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        """The value of `key`, or `default`."""
        return self.data.get(ref(key), default)

    def keys(self):
        """An iterator over the live keys."""
        return iter(self)

    def values(self):
        """An iterator over the values whose key is alive."""
        for _, value in self._live():
            yield value

    def items(self):
        """An iterator over the (key, value) pairs whose key is alive."""
        yield from self._live()

    def keyrefs(self):
        """The weak references to the keys."""
        self._live()
        return list(self.data)

    def pop(self, key, *default):
        """Removes `key` and gives its value (or `default`)."""
        return self.data.pop(ref(key), *default)

    def popitem(self):
        """Removes and gives a (key, value) pair whose key is alive."""
        pairs = self._live()
        if not pairs:
            raise KeyError("popitem(): dictionary is empty")
        key, value = pairs[-1]
        del self.data[ref(key)]
        return key, value

    def setdefault(self, key, default=None):
        """The value of `key`, set to `default` first if it has none."""
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        """Adds the pairs of a mapping or iterable of pairs, and the keywords."""
        if dict is not None:
            if hasattr(dict, "keys"):
                dict = [(k, dict[k]) for k in dict.keys()]
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        """A new WeakKeyDictionary with the same live entries."""
        return type(self)(self._live())

    __copy__ = copy

    def clear(self):
        """Removes every entry."""
        self.data.clear()


class WeakSet:
    """A set whose members are held weakly: a member disappears when it is gone."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _live(self):
        """The live members; forgets the others."""
        members = []
        for r in list(self.data):
            item = r()
            if item is None:
                self.data.discard(r)
            else:
                members.append(item)
        return members

    def __iter__(self):
        yield from self._live()

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        self._live()
        return repr(self.data)

    def add(self, item):
        """Adds `item`."""
        self.data.add(ref(item))

    def discard(self, item):
        """Removes `item` if it is a member."""
        self.data.discard(ref(item))

    def remove(self, item):
        """Removes `item`; KeyError if it is not a member."""
        r = ref(item)
        if r not in self.data:
            raise KeyError(item)
        self.data.discard(r)

    def pop(self):
        """Removes and gives a live member."""
        members = self._live()
        if not members:
            raise KeyError("pop from empty WeakSet")
        self.discard(members[0])
        return members[0]

    def clear(self):
        """Removes every member."""
        self.data.clear()

    def copy(self):
        """A new WeakSet with the same live members."""
        return type(self)(self._live())

    def update(self, other):
        """Adds the members of `other`."""
        for item in other:
            self.add(item)
