# The Python part of collections, written from its documentation: defaultdict,
# Counter, OrderedDict and namedtuple, beside the native deque.


class defaultdict(dict):
    # A dict whose missing keys are made by calling default_factory (with no
    # arguments), stored and returned; KeyError when default_factory is None.

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class Counter(dict):
    # A dict of counts: a missing key counts 0 (and is not inserted). Arithmetic
    # and the unary operators keep only the positive counts.

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Sorted by count, largest first; equal counts keep their insertion order.
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[: max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        # Deleting a missing key is not an error.
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combined(self, other, combine):
        # A Counter of combine(own count, other's count) for every element of either,
        # in order of first appearance, keeping only the positive results.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = combine(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = combine(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combined(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combined(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combined(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combined(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


class OrderedDict(dict):
    # A dict (whose order is its insertion order) that can move a key to either
    # end, pop from either end, and compares order-sensitively with another
    # OrderedDict.

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(dict.keys(self))) if last else next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reversed__(self):
        return reversed(dict.keys(self))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({list(dict.items(self))!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


class _OdictView:
    # The keys, values and items of an OrderedDict: live, in the dict's order.

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(self._view())

    def __reversed__(self):
        return reversed(self._view())

    def __contains__(self, item):
        return item in self._view()

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"


class _OdictSetView(_OdictView):
    def __eq__(self, other):
        return self._view() == other

    def __ne__(self, other):
        return self._view() != other

    def __and__(self, other):
        return self._view() & other

    def __or__(self, other):
        return self._view() | other

    def __sub__(self, other):
        return self._view() - other

    def __xor__(self, other):
        return self._view() ^ other

    def isdisjoint(self, other):
        return self._view().isdisjoint(other)


class odict_keys(_OdictSetView):
    def _view(self):
        return dict.keys(self._mapping)


class odict_values(_OdictView):
    def _view(self):
        return dict.values(self._mapping)


class odict_items(_OdictSetView):
    def _view(self):
        return dict.items(self._mapping)


# The keywords that cannot name a namedtuple or its fields (genpy has no keyword module).
_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else "
    "except finally for from global if import in is lambda nonlocal not or pass raise "
    "return try while with yield".split()
)


def _quoted_list(names):
    # CPython's list of missing arguments: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    # A tuple subclass named typename whose items are also read by field name.
    # Made by a class statement (genpy has no 3-argument type()); __module__ is
    # the caller's __name__ unless module= is given, as in CPython.
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or name in _KEYWORDS or name.startswith("_") or name in seen:
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    fields = tuple(field_names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError("Got more default values than field names")
        for name, value in zip(fields[count - len(defaults):], defaults):
            field_defaults[name] = value
    required = count - len(field_defaults)

    class _NamedTuple(tuple):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            where = f"{typename}.__new__()"
            for key in kwargs:
                if key not in fields:
                    raise TypeError(f"{where} got an unexpected keyword argument {key!r}")
                if fields.index(key) < len(args):
                    raise TypeError(f"{where} got multiple values for argument {key!r}")
            if len(args) > count:
                if required == count:
                    takes = count + 1
                    plural = "argument" if takes == 1 else "arguments"
                    raise TypeError(f"{where} takes {takes} positional {plural} but {len(args) + 1} were given")
                raise TypeError(
                    f"{where} takes from {required + 1} to {count + 1} positional arguments"
                    f" but {len(args) + 1} were given"
                )
            values = list(args)
            missing = []
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            if missing:
                plural = "argument" if len(missing) == 1 else "arguments"
                raise TypeError(
                    f"{where} missing {len(missing)} required positional {plural}: {_quoted_list(missing)}"
                )
            return tuple.__new__(cls, values)

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != count:
                raise TypeError(f"Expected {count} arguments, got {len(result)}")
            return result

        def _replace(self, **kwds):
            values = [kwds.pop(name, value) for name, value in zip(fields, self)]
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return self._make(values)

        def _asdict(self):
            return dict(zip(fields, self))

        def __repr__(self):
            inner = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
            return f"{self.__class__.__name__}({inner})"

        def __getnewargs__(self):
            return tuple(self)

    # The class itself comes from a class statement run under its own name and in
    # the caller's module, so its repr, __qualname__ and __module__ are CPython's;
    # the methods defined above are copied into it.
    namespace = {"__name__": _caller_module() if module is None else module}
    exec(f"class {typename}(tuple):\n    __slots__ = ()\n", namespace)
    cls = namespace[typename]
    for name in ("__new__", "_make", "_replace", "_asdict", "__repr__", "__getnewargs__"):
        setattr(cls, name, _NamedTuple.__dict__[name])
    cls.__doc__ = f"{typename}({', '.join(fields)})"
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for index, name in enumerate(fields):
        setattr(cls, name, property(lambda self, i=index: self[i]))
    return cls


class ChainMap:
    # Several mappings searched in order as one; writes go to the first.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"

    def __eq__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        self.maps[0].update(other, **kwargs)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# `defaultdict[str, list]`, ...: subscripted into types.GenericAlias, as CPython's.
for _cls in (defaultdict, Counter, OrderedDict, ChainMap):
    _cls.__class_getitem__ = classmethod(type(list[int]))
del _cls
