# array, written from its documentation: typed arrays of numbers (b, B, h, H, i, I, l,
# L, q, Q, f, d) and of characters (u), with CPython's range checks and messages, the
# list-like sequence operations, and the machine representation through struct
# (tobytes, frombytes, tofile, fromfile, byteswap). bytes(a) gives the representation;
# the rest of the buffer protocol (memoryview, bytearray(a), file.write(a)) is not
# provided.

import operator as _operator
import struct as _struct
import sys as _sys

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ORDER = "<" if _sys.byteorder == "little" else ">"

_TOO_BIG_LONG = "Python int too large to convert to C long"
_TOO_BIG_INT = "int too big to convert"


class _IntCode:
    # An integer typecode: its struct code, size and range, and the messages for values
    # below and above the range.

    def __init__(self, code, size, signed, low_msg, high_msg):
        self.code = code
        self.size = size
        bits = size * 8
        self.low = -(1 << (bits - 1)) if signed else 0
        self.high = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        self.low_msg = low_msg
        self.high_msg = high_msg

    def check(self, value):
        value = _operator.index(value)
        if value < self.low:
            raise OverflowError(self.low_msg)
        if value > self.high:
            raise OverflowError(self.high_msg)
        return value


class _FloatCode:
    def __init__(self, code, size):
        self.code = code
        self.size = size

    def check(self, value):
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        value = float(value)
        if self.size == 4:
            return _to_float32(value)
        return value


def _to_float32(value):
    # The nearest single-precision value, as C's conversion gives it (inf on overflow).
    try:
        return _struct.unpack("f", _struct.pack("f", value))[0]
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


class _CharCode:
    code = None
    size = 4

    def check(self, value):
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value


def _signed(name):
    return (name + " is less than minimum", name + " is greater than maximum")


_CODES = {
    "b": _IntCode("b", 1, True, *_signed("signed char")),
    "B": _IntCode("B", 1, False, *_signed("unsigned byte integer")),
    "h": _IntCode("h", 2, True, *_signed("signed short integer")),
    "H": _IntCode("H", 2, False, *_signed("unsigned short")),
    "i": _IntCode("i", 4, True, *_signed("signed integer")),
    "I": _IntCode("I", 4, False, "can't convert negative value to unsigned int",
                  "unsigned int is greater than maximum"),
    "l": _IntCode("q", 8, True, _TOO_BIG_LONG, _TOO_BIG_LONG),
    "L": _IntCode("Q", 8, False, "can't convert negative value to unsigned int",
                  "Python int too large to convert to C unsigned long"),
    "q": _IntCode("q", 8, True, _TOO_BIG_INT, _TOO_BIG_INT),
    "Q": _IntCode("Q", 8, False, "can't convert negative int to unsigned", _TOO_BIG_INT),
    "f": _FloatCode("f", 4),
    "d": _FloatCode("d", 8),
    "u": _CharCode(),
}

_BUILTIN_TYPES = (int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
                  frozenset, type(None), bool, range)


def _check_bytes(data):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


_NO_INITIALIZER = object()


class array:
    """array(typecode[, initializer]): a compact sequence of values of one C type."""

    def __init__(self, typecode, initializer=_NO_INITIALIZER):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _CODES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._kind = _CODES[typecode]
        self._items = []
        if initializer is _NO_INITIALIZER:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == "u" and typecode != "u":
            raise TypeError("cannot use a unicode array to initialize an array with "
                            "typecode '%s'" % typecode)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return self._kind.size

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def append(self, x):
        """Add x at the end."""
        self._items.append(self._kind.check(x))

    def buffer_info(self):
        """(an address, the number of items)."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Reverse the byte order of every item."""
        if self._kind.size == 1:
            return
        data = self.tobytes()
        size = self._kind.size
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def count(self, x):
        """The number of items equal to x."""
        return self._items.count(x)

    def extend(self, iterable):
        """Add the items of iterable (an array must have the same typecode)."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        check = self._kind.check
        for x in iterable:
            self._items.append(check(x))

    def frombytes(self, buffer):
        """Add the items stored in the machine values of buffer."""
        _check_bytes(buffer)
        size = self._kind.size
        if len(buffer) % size:
            raise ValueError("bytes length not a multiple of item size")
        count = len(buffer) // size
        if self._typecode == "u":
            self._items.extend(bytes(buffer).decode("utf-32-le" if _ORDER == "<" else "utf-32-be"))
        elif count:
            self._items.extend(_struct.unpack("%s%d%s" % (_ORDER, count, self._kind.code),
                                              bytes(buffer)))

    def fromfile(self, f, n):
        """Read n items from the binary file f."""
        if n < 0:
            raise ValueError("negative count")
        want = n * self._kind.size
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % self._kind.size
        self.frombytes(data[:usable])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    def fromlist(self, list_):
        """Add the items of a list (all or none of them)."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        check = self._kind.check
        self._items.extend([check(x) for x in list_])

    def fromunicode(self, s):
        """Add the characters of s to a 'u' array."""
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def index(self, x, start=0, stop=_sys.maxsize):
        """The first index of x in the array (within start:stop)."""
        n = len(self._items)
        start, stop, _ = slice(start, stop).indices(n)
        for i in range(start, stop):
            if self._items[i] == x:
                return i
        raise ValueError("array.index(x): x not in array")

    def insert(self, i, x):
        """Insert x before position i."""
        self._items.insert(_operator.index(i), self._kind.check(x))

    def pop(self, i=-1):
        """Remove and return the item at i (the last by default)."""
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        i = _operator.index(i)
        if not -n <= i < n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, x):
        """Remove the first item equal to x."""
        for i, item in enumerate(self._items):
            if item == x:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def reverse(self):
        """Reverse the items in place."""
        self._items.reverse()

    def tobytes(self):
        """The machine values of the items."""
        if self._typecode == "u":
            return "".join(self._items).encode("utf-32-le" if _ORDER == "<" else "utf-32-be")
        return _struct.pack("%s%d%s" % (_ORDER, len(self._items), self._kind.code),
                            *self._items)

    def tofile(self, f):
        """Write the machine values of the items to the binary file f."""
        f.write(self.tobytes())

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def __bytes__(self):
        return self.tobytes()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, key):
        if isinstance(key, slice):
            return key
        if not hasattr(type(key), "__index__"):
            raise TypeError("array indices must be integers")
        return _operator.index(key)

    def __getitem__(self, key):
        key = self._index(key)
        if isinstance(key, slice):
            return self._new(self._items[key])
        try:
            return self._items[key]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, key, value):
        key = self._index(key)
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            if key.step not in (None, 1):
                size = len(range(*key.indices(len(self._items))))
                if len(value) != size:
                    raise ValueError("attempt to assign array of size %d to extended slice "
                                     "of size %d" % (len(value), size))
            self._items[key] = list(value._items)
            return
        value = self._kind.check(value)
        try:
            self._items[key] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, key):
        key = self._index(key)
        try:
            del self._items[key]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * _operator.index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= _operator.index(n)
        return self

    def _compare(self, other, symbol, op):
        if isinstance(other, array):
            # Item by item with ==, never by identity (nan differs from itself).
            mine, theirs = self._items, other._items
            if len(mine) != len(theirs) and symbol in ("==", "!="):
                return symbol == "!="
            for x, y in zip(mine, theirs):
                if not x == y:
                    if symbol in ("==", "!="):
                        return symbol == "!="
                    return op(x, y)
            return op(len(mine), len(theirs))
        if type(other) in _BUILTIN_TYPES:
            if symbol in ("==", "!="):
                return symbol == "!="
            raise TypeError("'%s' not supported between instances of 'array.array' and '%s'"
                            % (symbol, type(other).__name__))
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, "==", _operator.eq)

    def __ne__(self, other):
        return self._compare(other, "!=", _operator.ne)

    def __lt__(self, other):
        return self._compare(other, "<", _operator.lt)

    def __le__(self, other):
        return self._compare(other, "<=", _operator.le)

    def __gt__(self, other):
        return self._compare(other, ">", _operator.gt)

    def __ge__(self, other):
        return self._compare(other, ">=", _operator.ge)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array(%r)" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % self.tounicode()
        return "array(%r, %r)" % (self._typecode, self._items)


ArrayType = array
