"""Enumerations: ``Enum``, ``IntEnum``, ``StrEnum``, ``Flag``, ``IntFlag``, ``auto``,
``unique`` and their metaclass ``EnumType``: genpy's implementation of the documented
behaviour of CPython 3.11's ``enum`` module (reprs, strs and error messages
included)."""

from types import MappingProxyType

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag",
    "IntFlag", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "auto", "unique",
]

_auto_null = object()


class auto:
    """Stands for a member's value, made by ``_generate_next_value_``."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # `ALL = READ | WRITE` in a class body combines members not yet made: the result
    # is worked out once the members it names have their values.
    def __or__(self, other):
        return _AutoExpr(_or, self, other)

    def __ror__(self, other):
        return _AutoExpr(_or, other, self)

    def __and__(self, other):
        return _AutoExpr(_and, self, other)

    def __rand__(self, other):
        return _AutoExpr(_and, other, self)

    def __xor__(self, other):
        return _AutoExpr(_xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_xor, other, self)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


class _AutoExpr(auto):
    """An operator applied to ``auto()`` values, evaluated when the enum is made."""

    def __init__(self, op, left, right):
        super().__init__()
        self._op, self._left, self._right = op, left, right

    def evaluate(self):
        return self._op(_auto_value(self._left), _auto_value(self._right))


def _auto_value(x):
    if isinstance(x, _AutoExpr):
        return x.evaluate()
    if isinstance(x, auto):
        return x.value
    return x


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (type(_is_dunder), property, classmethod, staticmethod)):
        return True
    kind = type(obj)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _bin(num, max_bits):
    """``num`` in binary as enum's messages show it: the sign bit, a space, then the
    bits (two's complement for a negative number) padded to ``max_bits``."""
    if num >= 0:
        return "0b0 " + bin(num)[2:].zfill(max_bits)
    return "0b1 " + bin(num + (1 << max_bits))[2:].zfill(max_bits)


# The classes the metaclass treats specially, filled in once they exist.
_Flag = None
_ReprEnum = None


class EnumType(type):
    """The metaclass of enumerations: the plain attributes of the class body become
    the members, instances of the class made once, in definition order."""

    def __new__(mcs, cls_name, bases, ns, boundary=None, **kwds):
        member_type = mcs._find_data_type(bases)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls_name, base))
        members = []
        for key in list(ns):
            if key == "_order_" or key == "_ignore_":
                del ns[key]
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
                continue
            value = ns[key]
            if _is_descriptor(value):
                continue
            members.append((key, value))
            del ns[key]
        new_member = ns.pop("__new__", None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_member_type_"] = member_type
        if new_member is not None:
            ns["_new_member_"] = staticmethod(new_member)
        if boundary is not None:
            ns["_boundary_"] = boundary
        if _ReprEnum is not None and member_type is not object and any(
                issubclass(b, _ReprEnum) for b in bases if isinstance(b, EnumType)):
            ns.setdefault("__str__", _data_str)
            ns.setdefault("__format__", _data_format)
        cls = super().__new__(mcs, cls_name, bases, ns, **kwds)
        # The enum's repr, str and format win over the data type's (whose class
        # comes first in the MRO of `class Num(int, Enum)`).
        for name in ("__repr__", "__str__", "__format__"):
            if name in ns:
                continue
            owner = next(k for k in cls.__mro__ if name in k.__dict__)
            if not isinstance(owner, EnumType):
                enum_owner = next(k for k in cls.__mro__
                                  if isinstance(k, EnumType) and name in k.__dict__)
                type.__setattr__(cls, name, enum_owner.__dict__[name])
        new_member = getattr(cls, "_new_member_", None)
        last_values = []
        for name, value in members:
            if isinstance(value, _AutoExpr):
                value = value.evaluate()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(
                        name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            cls._add_member_(name, value, new_member)
            last_values.append(value)
        if _Flag is not None and issubclass(cls, _Flag):
            mask = 0
            for name in cls._member_names_:
                mask |= cls._member_map_[name]._value_
            type.__setattr__(cls, "_flag_mask_", mask)
            type.__setattr__(cls, "_all_bits_", (1 << mask.bit_length()) - 1)
        return cls

    @staticmethod
    def _find_data_type(bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        return base._member_type_
                    continue
                return base
        return object

    def _add_member_(cls, name, value, new_member):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if new_member is not None:
            member = new_member(cls, *args)
        elif cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, *args)
        if "_value_" not in member.__dict__:
            if cls._member_type_ is object:
                member._value_ = value
            else:
                member._value_ = cls._member_type_(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        for other in cls._member_map_.values():
            if other._value_ == value:
                member = other
                break
        else:
            if not (_Flag is not None and issubclass(cls, _Flag)) or _is_single_bit(value):
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for count, name in enumerate(names):
                values.append(cls._generate_next_value_(name, start, count, values[:]))
            names = list(zip(names, values))
        ns = {"__module__": module or "__main__"}
        if qualname is not None:
            ns["__qualname__"] = qualname
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                item = (item, cls._generate_next_value_(item, start, len(ns) - 1, []))
            ns[item[0]] = item[1]
        bases = (cls,) if type is None else (type, cls)
        meta = cls.__class__
        return meta(class_name, bases, ns, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _data_str(self):
    return str(self._value_)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (only repr()
    shows the member)."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member has."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with ``|``, ``&``, ``^`` and ``~``."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** last_value.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if value < 0:
            value = cls._all_bits_ + 1 + value
        unknown = value & ~flag_mask
        boundary = getattr(cls, "_boundary_", STRICT)
        if unknown and boundary is STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        if unknown and boundary is CONFORM:
            value &= flag_mask
            unknown = 0
        if unknown and boundary is EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        if unknown and names:
            names.append(hex(unknown) if cls._member_type_ is object else str(unknown))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)


_Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: ValueError when two names share one value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
