# typing: the names type hints use, so that programs importing them run. Class-body
# annotations are evaluated (into __annotations__), function annotations are not, so
# these objects matter where a program uses them as values: their reprs follow
# CPython 3.11's, subscription records the arguments,
# and cast/overload/TYPE_CHECKING behave as documented. Names not here (NamedTuple,
# TypedDict, Protocol's runtime checks, get_type_hints, ...) raise AttributeError.

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

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")


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


class Generic:
    # Base of generic classes: Generic[T] is Generic itself, so `class Stack(Generic[T])`
    # makes an ordinary class.

    def __class_getitem__(cls, params):
        return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(func):
    return func


def final(f):
    return f
