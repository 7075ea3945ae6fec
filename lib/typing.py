# typing: the names type hints use, so that programs importing them run. Class-body
# annotations are evaluated (into __annotations__), function annotations are not, so
# these objects matter where a program uses them as values: their reprs follow
# CPython 3.11's, subscription records the arguments,
# and cast/overload/TYPE_CHECKING behave as documented. NamedTuple, TypedDict,
# Protocol (with runtime_checkable) and get_type_hints work at run time as in CPython.
# Names not here raise AttributeError.

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    # How an argument of a subscripted type shows in its repr.
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


def _normalise(arg):
    # None in a type means NoneType, as CPython converts it.
    return _NoneType if arg is None else arg


class _Alias:
    # A subscriptable name (List, Iterator, Optional, ...) and its subscriptions. A
    # union of one type and None remembers that type, to show as Optional[X].

    def __init__(self, name, args=None, literal=False, optional=None):
        self._name = name
        self.__args__ = args
        self._literal = literal
        self._optional = optional

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._literal:
            return _Alias(self._name, params, literal=True)
        if self._name == "Union":
            return _union(params)
        if self._name == "Optional":
            return _union((params[0], None))
        return _Alias(self._name, tuple(_normalise(p) for p in params))

    def __repr__(self):
        if self.__args__ is None:
            return "typing." + self._name
        if self._optional is not None:
            return f"typing.Optional[{_type_repr(self._optional)}]"
        if self._literal:
            inner = ", ".join(repr(a) for a in self.__args__)
        elif self.__args__ == ():
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return f"typing.{self._name}[{inner}]"

    def _key(self):
        # A union's members compare in any order.
        if self._name == "Union" and self.__args__ is not None:
            return (self._name, frozenset(self.__args__))
        return (self._name, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")


_SPECIAL_FORMS = ("Any", "Union", "Optional", "Literal", "ClassVar", "Final")
_BUILTIN_ORIGINS = {"List": list, "Dict": dict, "Set": set, "FrozenSet": frozenset,
                    "Tuple": tuple, "Type": type}
_COLLECTIONS_ORIGINS = {"Deque": "deque", "DefaultDict": "defaultdict", "Counter": "Counter"}


def get_origin(tp):
    # The unsubscripted form of a type: list for List[int] and list[int], the class
    # of a generic class's alias, typing.Union for a union, None for a plain type.
    import types
    if isinstance(tp, _GenericClassAlias):
        return tp.__origin__
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if not isinstance(tp, _Alias):
        return None
    if tp._name in _SPECIAL_FORMS:
        if tp.__args__ is None:
            return None
        return Union if tp._name in ("Union", "Optional") else globals()[tp._name]
    if tp._name in _BUILTIN_ORIGINS:
        return _BUILTIN_ORIGINS[tp._name]
    import collections
    import collections.abc
    if tp._name in _COLLECTIONS_ORIGINS:
        return getattr(collections, _COLLECTIONS_ORIGINS[tp._name])
    return getattr(collections.abc, tp._name)


def get_args(tp):
    # The arguments a type was subscripted with (Callable's parameter list as a list).
    import types
    if isinstance(tp, (_GenericClassAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    if isinstance(tp, _Alias) and tp.__args__ is not None:
        return tp.__args__
    return ()


def _union(params):
    # Union flattens nested unions, drops repeats, and is its only member when alone.
    members = []
    for p in params:
        p = _normalise(p)
        inner = p.__args__ if isinstance(p, _Alias) and p._name == "Union" else (p,)
        for m in inner:
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    optional = None
    if len(members) == 2 and _NoneType in members:
        optional = members[0] if members[1] is _NoneType else members[1]
    return _Alias("Union", tuple(members), optional=optional)


Any = _Alias("Any")
Union = _Alias("Union")
Optional = _Alias("Optional")
Literal = _Alias("Literal", literal=True)
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
Callable = _Alias("Callable")
Type = _Alias("Type")
Tuple = _Alias("Tuple")
List = _Alias("List")
Dict = _Alias("Dict")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Deque = _Alias("Deque")
DefaultDict = _Alias("DefaultDict")
Counter = _Alias("Counter")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
AsyncIterable = _Alias("AsyncIterable")
AsyncIterator = _Alias("AsyncIterator")
AsyncGenerator = _Alias("AsyncGenerator")
Sequence = _Alias("Sequence")
MutableSequence = _Alias("MutableSequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
Collection = _Alias("Collection")
Container = _Alias("Container")
Hashable = _Alias("Hashable")
Sized = _Alias("Sized")
Reversible = _Alias("Reversible")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")


class TypeVar:
    # A type variable: shows as ~T (+T / -T when covariant / contravariant).

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class _GenericClassAlias:
    # A generic class subscripted: Generic[T] and Protocol[T] in a class's bases, and a
    # user generic class with its arguments (Stack[int]), which is called as the class
    # and stands for it among bases (__mro_entries__).

    def __init__(self, origin, params):
        if not isinstance(params, tuple):
            params = (params,)
        self.__origin__ = origin
        self.__args__ = tuple(_normalise(p) for p in params)
        self.__parameters__ = tuple(p for p in self.__args__ if isinstance(p, TypeVar))

    def __repr__(self):
        inner = ", ".join(_type_repr(a) for a in self.__args__) or "()"
        return f"{_type_repr(self.__origin__)}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericClassAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            # Generic[T] before another subscripted base adds nothing, as in CPython.
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _GenericClassAlias) and b is not self for b in later):
                return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class Generic:
    # Base of generic classes: `class Stack(Generic[T])` makes an ordinary class whose
    # subscriptions (Stack[int]) are aliases of it.

    def __class_getitem__(cls, params):
        return _GenericClassAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        # The type variables the class is generic in: those of a Generic[...] base,
        # else those of its subscripted bases in order (none without such bases).
        super().__init_subclass__(**kwargs)
        bases = cls.__dict__.get("__orig_bases__", ())
        explicit = [b for b in bases if getattr(b, "__origin__", None) is Generic]
        params = []
        for b in explicit or [b for b in bases if not isinstance(b, type)]:
            for p in getattr(b, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(func):
    return func


def final(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # The annotations of a class (with its bases', most derived last) or function,
    # strings evaluated in the defining module's namespace.
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = sys.modules.get(base.__module__)
            ns = globalns if globalns is not None else getattr(module, "__dict__", {})
            for name, value in ann.items():
                if isinstance(value, str):
                    value = eval(value, ns, localns if localns is not None else dict(vars(base)))
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    ns = globalns if globalns is not None else getattr(obj, "__globals__", {})
    for name, value in ann.items():
        if isinstance(value, str):
            value = eval(value, ns, localns)
        hints[name] = type(None) if value is None else value
    return hints


_NAMEDTUPLE_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                                  "_fields", "_field_defaults", "_make", "_replace",
                                  "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__",
                                 "__qualname__", "__doc__"})


class _NamedTupleMeta(type):
    # `class P(NamedTuple): x: int; y: int = 0` makes collections.namedtuple("P",
    # ["x", "y"], defaults=[0]) and copies the body's methods into it.

    def __new__(mcs, typename, bases, ns):
        import collections
        if not bases:
            return super().__new__(mcs, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                plural = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{plural} {', '.join(default_names)}")
        cls = collections.namedtuple(typename, list(types),
                                     defaults=[ns[n] for n in default_names],
                                     module=ns.get("__module__"))
        cls.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in cls._fields:
                setattr(cls, key, value)
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = list(kwargs.items())
        names = [n for n, _ in fields]
        nt = collections.namedtuple(typename, names, module=kwargs.pop("module", "__main__"))
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    # Typed version of collections.namedtuple: as a base class or called.
    pass


class _TypedDictMeta(type):
    # `class Movie(TypedDict): name: str` is a dict at run time: calling it makes a
    # plain dict; the class keeps the keys' annotations.

    def __new__(mcs, name, bases, ns, total=True):
        if not bases:
            return super().__new__(mcs, name, bases, ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required |= base.__dict__.get("__required_keys__", set())
            optional |= base.__dict__.get("__optional_keys__", set())
        own = ns.get("__annotations__", {})
        annotations.update(own)
        (required if total else optional).update(own)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return super().__new__(mcs, name, (_TypedDictBase,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            name, fields = args[0], (args[1] if len(args) > 1 else {})
            total = kwargs.pop("total", True)
            return _TypedDictMeta(name, (TypedDict,), {"__annotations__": dict(fields),
                                                        "__module__": "__main__"},
                                  total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, sub):
        raise TypeError("TypedDict does not support instance and class checks")


class _TypedDictBase(dict):
    pass


class TypedDict(metaclass=_TypedDictMeta):
    # A dict with a fixed set of typed keys.
    pass


def runtime_checkable(cls):
    # Lets isinstance() check a Protocol: an object with every member the protocol
    # names is an instance.
    cls._is_runtime_protocol = True
    return cls


_PROTOCOL_SKIP = frozenset({"__module__", "__qualname__", "__doc__", "__dict__",
                            "__weakref__", "__annotations__", "__abstractmethods__",
                            "__init__", "__init_subclass__", "__subclasshook__",
                            "__protocol_attrs__", "__parameters__", "__orig_bases__",
                            "__class_getitem__", "__slots__", "__hash__", "__eq__",
                            "_is_protocol", "_is_runtime_protocol", "_abc_registry",
                            "_abc_subclasses", "_abc_cache", "_abc_negative_cache",
                            "_abc_negative_cache_version"})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if name not in _PROTOCOL_SKIP:
                attrs.add(name)
    return attrs


def _protocol_metaclass():
    from abc import ABCMeta

    class _ProtocolMeta(ABCMeta):
        def __instancecheck__(cls, instance):
            if cls.__dict__.get("_is_protocol", False):
                if not getattr(cls, "_is_runtime_protocol", False):
                    raise TypeError("Instance and class checks can only be used with "
                                    "@runtime_checkable protocols")
                return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
            return super().__instancecheck__(instance)

    return _ProtocolMeta


class Protocol(metaclass=_protocol_metaclass()):
    # Base of structural types: a class listing the members its instances have.
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        return _GenericClassAlias(cls, params)
