# The helpers of `match` statements (src/syntax/patterns.rs turns patterns into
# calls of these): each returns the list of values a pattern's sub-patterns are
# matched against, or None when the subject does not have the pattern's shape.

from collections.abc import Mapping, Sequence

# The built-in classes whose single positional sub-pattern matches the subject itself.
_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def seq(subject, before, after, star):
    """`[p0, p1, *rest, pn]`: the items (the starred part as one list)."""
    if isinstance(subject, (str, bytes, bytearray)) or not isinstance(subject, Sequence):
        return None
    items = list(subject)
    n = len(items)
    if not star:
        return items if n == before else None
    if n < before + after:
        return None
    return items[:before] + [items[before:n - after]] + items[n - after:]


def mapping(subject, keys, rest):
    """`{k0: p0, ..., **rest}`: the values of the keys (and the other items as a dict)."""
    if not isinstance(subject, Mapping):
        return None
    if len(set(keys)) != len(keys):
        for i, k in enumerate(keys):
            if k in keys[:i]:
                raise ValueError(f"mapping pattern checks duplicate key ({k!r})")
    missing = object()
    values = []
    for k in keys:
        v = subject.get(k, missing)
        if v is missing:
            return None
        values.append(v)
    if rest:
        values.append({k: v for k, v in subject.items() if k not in keys})
    return values


def cls(subject, cls, npos, names):
    """`Cls(p0, ..., name=pn)`: the attributes the sub-patterns match."""
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a class")
    if not isinstance(subject, cls):
        return None
    values = []
    if npos:
        match_args = getattr(cls, "__match_args__", None)
        if match_args is None and issubclass(cls, _SELF_MATCHING):
            if npos > 1:
                raise TypeError(f"{cls.__name__}() accepts 1 positional sub-pattern ({npos} given)")
            values.append(subject)
            positional = ()
        else:
            match_args = () if match_args is None else match_args
            if not isinstance(match_args, tuple):
                raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple "
                                f"(got {type(match_args).__name__})")
            if npos > len(match_args):
                plural = "" if len(match_args) == 1 else "s"
                raise TypeError(f"{cls.__name__}() accepts {len(match_args)} positional "
                                f"sub-pattern{plural} ({npos} given)")
            positional = match_args[:npos]
    else:
        positional = ()
    seen = set()
    for name in (*positional, *names):
        if name in seen:
            raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute {name!r}")
        seen.add(name)
        try:
            values.append(getattr(subject, name))
        except AttributeError:
            return None
    return values
