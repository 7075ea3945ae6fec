"""Abstract base classes: ``ABCMeta``, ``ABC``, ``abstractmethod`` (and the older
``abstractclassmethod``, ``abstractstaticmethod``, ``abstractproperty``), virtual
subclasses by ``register`` and ``__subclasshook__``: genpy's implementation of the
documented behaviour of CPython 3.11's ``abc`` module. A class with abstract methods
left refuses to be instantiated (the interpreter reads its ``__abstractmethods__``)."""

__all__ = [
    "ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
    "abstractstaticmethod", "abstractproperty", "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return getattr(value, "__isabstractmethod__", False) is True


class abstractclassmethod(classmethod):
    """A class method that is abstract (deprecated: use ``@classmethod`` on
    ``@abstractmethod``)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A static method that is abstract (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is abstract (deprecated)."""

    __isabstractmethod__ = True


_cache_token = 0


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered."""
    return _cache_token


def _abstract_names(cls):
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes ``cls.__abstractmethods__`` after methods were added to it."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _cache_token
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Makes ``subclass`` a virtual subclass of ``cls``."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != _cache_token:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _cache_token
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls._abc_check(subclass)
        (cls._abc_cache if ok else cls._abc_negative_cache).add(subclass)
        return ok

    def _abc_check(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """A helper class whose metaclass is ``ABCMeta``: ``class Shape(ABC)``."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
