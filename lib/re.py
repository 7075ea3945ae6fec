# The Python part of re, written from its documentation: the flags (RegexFlag, an
# int subclass with CPython's reprs) and re.error; the matching itself is native
# (_re: compile, match, search, sub, ... and the Pattern and Match types).

import _re
from _re import (compile, match, fullmatch, search, findall, finditer, sub, subn,
                 split, escape, purge, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
    "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

# The members in the order their reprs list them, with their bits.
_MEMBERS = (
    ("ASCII", 256),
    ("IGNORECASE", 2),
    ("LOCALE", 4),
    ("UNICODE", 32),
    ("MULTILINE", 8),
    ("DOTALL", 16),
    ("VERBOSE", 64),
    ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_BITS = 511


def _operator(op):
    # A binary operator of RegexFlag: op on the ints, as a RegexFlag.
    def method(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(op(int(self), int(other)))
    return method


class RegexFlag(int):
    # A set of flags: combining two with |, & or ^ gives a RegexFlag again.

    def _names(self):
        value = int(self)
        if value == 0:
            return ["NOFLAG"]
        names = [name for name, bit in _MEMBERS if value & bit]
        rest = value & ~_ALL_BITS
        if rest:
            names.append(hex(rest))
        return names

    def __repr__(self):
        return "|".join(n if n.startswith("0x") else "re." + n for n in self._names())

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    @property
    def name(self):
        return "|".join(self._names())

    @property
    def value(self):
        return int(self)

    __or__ = __ror__ = _operator(lambda a, b: a | b)
    __and__ = __rand__ = _operator(lambda a, b: a & b)
    __xor__ = __rxor__ = _operator(lambda a, b: a ^ b)

    def __invert__(self):
        return RegexFlag(_ALL_BITS & ~int(self))


for _name, _bit in (("NOFLAG", 0),) + _MEMBERS:
    setattr(RegexFlag, _name, RegexFlag(_bit))
del _name, _bit

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    # A pattern that does not compile: msg, the pattern, and the position (with its
    # line and column) where the problem is.

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_re._set_error(error)
