"""Conversions between binary data and ASCII encodings, as CPython's `binascii`
module: base64 (`b2a_base64`, `a2b_base64`), hexadecimal (`hexlify`, `unhexlify`
and their `b2a_hex`/`a2b_hex` names) and `crc32`, with the `Error` and `Incomplete`
exceptions."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "b2a_hex", "a2b_hex", "crc32"]


class Error(ValueError):
    """Raised for data that is not validly encoded."""


class Incomplete(Exception):
    """Raised for incomplete encoded data."""


_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64_ALPHABET)}
_PAD = ord("=")


def _binary(data):
    """The bytes of a bytes-like argument."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """The bytes of an argument that may also be an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    return _binary(data)


def b2a_base64(data, *, newline=True):
    """The base64 encoding of `data`, with a newline after it unless `newline` is
    false."""
    data = _binary(data)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        quad = bytes(_B64_ALPHABET[(n >> shift) & 0x3F] for shift in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1] + b"=" * (3 - len(chunk))
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes that the base64 text `data` encodes. Characters outside the
    alphabet are skipped, and decoding stops at the padding that ends a quantum;
    with `strict_mode`, anything but well-formed base64 raises Error."""
    data = _ascii(data)
    out = bytearray()
    quad = 0
    pads = 0
    count = 0
    left = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == _PAD:
            padding_started = True
            if strict_mode and count == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad == 0:
            left = value
        elif quad == 1:
            out.append((left << 2) | (value >> 4))
            left = value & 0x0F
        elif quad == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            out.append(((left << 6) | value) & 0xFF)
        quad = (quad + 1) % 4
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % count)
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of `data`, two a byte, as bytes."""
    data = _binary(data)
    if sep is not None:
        return data.hex(sep, bytes_per_sep).encode("ascii")
    return data.hex().encode("ascii")


def unhexlify(hexstr):
    """The bytes whose hexadecimal digits (two a byte) are `hexstr`."""
    hexstr = _ascii(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    if any(c not in digits for c in hexstr):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(hexstr.decode("ascii"))


b2a_hex = hexlify
a2b_hex = unhexlify


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    """The CRC-32 checksum of `data`, continuing from the checksum `value`."""
    data = _binary(data)
    crc = ~value & 0xFFFFFFFF
    for b in data:
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
