"""Conversion between Python values and C structs packed in bytes, as CPython's
`struct` module: `pack`, `pack_into`, `unpack`, `unpack_from`, `iter_unpack`,
`calcsize`, the `Struct` class and the `error` exception.

A format starts with an optional byte order (`@` native with alignment, `=` native
without, `<` little-endian, `>` and `!` big-endian; the native order is the
machine's, little-endian here) and lists codes with optional repeat counts:
x c b B ? h H i I l L q Q n N e f d s p P (n, N and P in native mode only).
"""

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    """Raised for a bad format or a value that does not fit its format code."""

    __module__ = "struct"


# Standard sizes, and the native (size, alignment) of each code on a 64-bit machine.
_STANDARD_SIZES = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}
_NATIVE_SIZES = dict(_STANDARD_SIZES, l=8, L=8, n=8, N=8, P=8)
_SIGNED = "bhilqn"
_NAMED_RANGES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_BYTE_ORDERS = "@=<>!"


def _parse(fmt):
    """The format as (text, little-endian?, items, size): each item is (code, count,
    offset, size), a repeated code giving one item per repetition except for `s`
    and `p`, whose count is their length."""
    if isinstance(fmt, (bytes, bytearray)):
        text = fmt.decode("latin-1")
    elif isinstance(fmt, str):
        text = fmt
    else:
        raise TypeError(
            "Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = "@"
    i = 0
    if text and text[0] in _BYTE_ORDERS:
        order = text[0]
        i = 1
    native = order == "@"
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    offset = 0
    while i < len(text):
        code = text[i]
        if code.isspace():
            i += 1
            continue
        count = 1
        if code in "0123456789":
            start = i
            while i < len(text) and text[i] in "0123456789":
                i += 1
            count = int(text[start:i])
            if i == len(text):
                raise error("repeat count given without format specifier")
            code = text[i]
        size = sizes.get(code)
        if size is None:
            raise error("bad char in struct format")
        if native and code not in "xcsp?bB":
            offset = (offset + size - 1) // size * size
        if code in "sp":
            items.append((code, count, offset, count))
            offset += count
        elif code == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((code, 1, offset, size))
                offset += size
        i += 1
    return text, order in "@=<", items, offset


def _integer(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _pack_int(code, size, value, little):
    value = _integer(value)
    if code == "P":
        if not -(1 << 63) <= value < 1 << 64:
            raise error("int too large to convert")
        return (value % (1 << 64)).to_bytes(8, "little" if little else "big")
    # The value is first converted to a C long (an unsigned one for I, L, Q and N),
    # then checked against the code's own range.
    if code in "ILQN":
        convertible = 0 <= value < 1 << 64
    else:
        convertible = -(1 << 63) <= value < 1 << 63
    if not convertible:
        raise error("argument out of range")
    bits = size * 8
    signed = code in _SIGNED
    if signed:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= value <= high:
        if code in _NAMED_RANGES:
            raise error("%s format requires %d <= number <= %d" % (_NAMED_RANGES[code], low, high))
        raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
    return value.to_bytes(size, "little" if little else "big", signed=signed)


def _float(value):
    if isinstance(value, (int, float)):
        return float(value)
    for name in ("__float__", "__index__"):
        method = getattr(type(value), name, None)
        if method is not None:
            return float(method(value))
    raise error("required argument is not a float")


def _pack_item(code, count, size, value, little):
    if code in "sp":
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        if code == "s":
            return bytes(value[:count]).ljust(count, b"\0")
        if count == 0:
            return b""
        data = bytes(value[:count - 1])
        return bytes([min(len(data), 255)]) + data.ljust(count - 1, b"\0")
    if code == "c":
        if not (isinstance(value, (bytes, bytearray)) and len(value) == 1):
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if code == "?":
        return b"\x01" if value else b"\x00"
    if code in "efd":
        return _struct.pack_float(_float(value), size, little)
    return _pack_int(code, size, value, little)


def _unpack_item(code, count, data, little):
    if code == "s":
        return data
    if code == "p":
        n = min(data[0], count - 1) if count else 0
        return data[1:1 + n]
    if code == "c":
        return data
    if code == "?":
        return data != b"\0"
    if code in "efd":
        return _struct.unpack_float(data, little)
    return int.from_bytes(data, "little" if little else "big", signed=code in _SIGNED)


def _buffer(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, bytearray):
        return bytes(buffer)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """A compiled format: its `format`, its `size` in bytes, and the packing and
    unpacking functions for it."""

    def __init__(self, format):
        text, self._little, self._items, self.size = _parse(format)
        self.format = text

    def pack(self, *values):
        """The values packed in the format, as bytes."""
        return self._pack("pack", values)

    def _pack(self, what, values):
        if len(values) != len(self._items):
            raise error("%s expected %d items for packing (got %d)"
                        % (what, len(self._items), len(values)))
        out = bytearray(self.size)
        for (code, count, offset, size), value in zip(self._items, values):
            out[offset:offset + size] = _pack_item(code, count, size, value, self._little)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        """Packs the values into the bytearray `buffer` at `offset`."""
        data = self._pack("pack_into", values)
        offset = _integer(offset)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        """The tuple of values packed in `buffer`, which holds exactly `size` bytes."""
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def _unpack(self, data, start):
        return tuple(_unpack_item(code, count, data[start + offset:start + offset + size],
                                  self._little)
                     for code, count, offset, size in self._items)

    def unpack_from(self, buffer, offset=0):
        """The tuple of values packed in `buffer` from `offset` on."""
        data = _buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        """An iterator over the tuples packed one after another in `buffer`."""
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack(data, start) for start in range(0, len(data), self.size))


def calcsize(format):
    """The size in bytes of the struct described by `format`."""
    return Struct(format).size


def pack(format, /, *values):
    """The values packed according to `format`, as bytes."""
    return Struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Packs the values according to `format` into `buffer` at `offset`."""
    Struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """The tuple of values packed in `buffer` according to `format`."""
    return Struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """The tuple of values packed in `buffer` from `offset` on according to `format`."""
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """An iterator over the tuples packed one after another in `buffer`."""
    return Struct(format).iter_unpack(buffer)
