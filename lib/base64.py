"""Base16, Base32 and Base64 encodings (RFC 4648), as CPython's `base64` module:
`b64encode`/`b64decode` (with alternative characters and `validate`), their
`standard_` and `urlsafe_` forms, `b32encode`/`b32decode`, `b32hexencode`/
`b32hexdecode`, `b16encode`/`b16decode`, and `encodebytes`/`decodebytes`. The
Ascii85 and Base85 encodings are not provided yet."""

import binascii

__all__ = [
    "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode",
    "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _require_bytes(s, message="memoryview: a bytes-like object is required, not '%s'"):
    """The bytes of the bytes-like `s`; TypeError with `message` (given the type's
    name) for anything else."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(message % type(s).__name__)
    return bytes(s)


_EXPECTED_BYTES = "expected bytes-like object, not %s"


def b64encode(s, altchars=None):
    """The Base64 encoding of the bytes `s`; `altchars` (2 bytes) replaces `+/`."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes the Base64 text `s` (bytes or ASCII str) encodes. Characters
    outside the alphabet are skipped unless `validate`, which raises
    binascii.Error for them."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """The standard Base64 encoding of the bytes `s`."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes the standard Base64 text `s` encodes."""
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b"+/", b"-_")
_URLSAFE_DECODE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """The URL- and filesystem-safe Base64 encoding of `s` (`-_` for `+/`)."""
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    """The bytes the URL- and filesystem-safe Base64 text `s` encodes."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_URLSAFE_DECODE))


_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters at the end of a quantum -> the bytes its last group decodes to.
_B32_LEFTOVER = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    s = _require_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk.ljust(5, b"\0"), "big")
        group = bytes(alphabet[(n >> (35 - 5 * k)) & 0x1F] for k in range(8))
        used = (len(chunk) * 8 + 4) // 5
        out += group[:used] + b"=" * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    full = len(s)
    s = s.rstrip(b"=")
    padchars = full - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | value
        out += acc.to_bytes(5, "big") if i + 8 <= len(s) else b""
        last = acc
    if padchars not in _B32_LEFTOVER:
        raise binascii.Error("Incorrect padding")
    if padchars and s:
        last <<= 5 * padchars
        out += last.to_bytes(5, "big")[:_B32_LEFTOVER[padchars]]
    return bytes(out)


def b32encode(s):
    """The Base32 encoding of the bytes `s`."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes the Base32 text `s` encodes; `casefold` accepts lowercase, and
    `map01` is the letter the digit 1 stands for (0 then stands for O)."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """The Base32 encoding of `s` with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """The bytes the extended-hex Base32 text `s` encodes."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


def b16encode(s):
    """The Base16 (uppercase hexadecimal) encoding of the bytes `s`."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes the Base16 text `s` encodes; `casefold` accepts lowercase."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_MAXLINESIZE = 76
_MAXBINSIZE = _MAXLINESIZE // 4 * 3


def encodebytes(s):
    """The Base64 encoding of `s` in lines of at most 76 characters, each ending
    with a newline."""
    s = _require_bytes(s, _EXPECTED_BYTES)
    return b"".join(binascii.b2a_base64(s[i:i + _MAXBINSIZE])
                    for i in range(0, len(s), _MAXBINSIZE))


def decodebytes(s):
    """The bytes the Base64 lines `s` encode."""
    return binascii.a2b_base64(_require_bytes(s, _EXPECTED_BYTES))
