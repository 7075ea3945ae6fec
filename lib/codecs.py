"""Codec registry and base classes, as CPython's `codecs` module documents them, over
genpy's text codecs (utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16, utf-32 and
their byte orders; `_codecs` names them) and the bytes-to-bytes codecs `hex`,
`base64` and the str-to-str `rot13`.
"""

import _codecs

__all__ = [
    "lookup", "encode", "decode", "open", "getencoder", "getdecoder", "CodecInfo",
    "iterencode", "iterdecode", "getincrementalencoder", "getincrementaldecoder",
    "IncrementalEncoder", "IncrementalDecoder", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
    "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# The platform's (little-endian) order.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """A codec's name and its stateless encode and decode functions (which return
    the result and the length of the input consumed)."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        return self

    def __repr__(self):
        return "<codecs.CodecInfo object for encoding %s at %#x>" % (self.name, id(self))


def _text_codec(name):
    def encode(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        return bytes(input).decode(name, errors), len(input)

    return CodecInfo(encode, decode, name=name)


def _rot13(text):
    out = []
    for c in text:
        if "a" <= c <= "z":
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif "A" <= c <= "Z":
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return "".join(out)


def _binary_codecs():
    import binascii

    def hex_encode(input, errors="strict"):
        return binascii.hexlify(input), len(input)

    def hex_decode(input, errors="strict"):
        return binascii.unhexlify(input), len(input)

    def b64_encode(input, errors="strict"):
        return binascii.b2a_base64(input), len(input)

    def b64_decode(input, errors="strict"):
        return binascii.a2b_base64(input), len(input)

    def rot_encode(input, errors="strict"):
        return _rot13(input), len(input)

    return {
        "hex": CodecInfo(hex_encode, hex_decode, name="hex"),
        "base64": CodecInfo(b64_encode, b64_decode, name="base64"),
        "rot-13": CodecInfo(rot_encode, rot_encode, name="rot-13"),
    }


_ALIASES = {"hex": "hex", "hexcodec": "hex", "base64": "base64", "base64codec": "base64",
            "base_64": "base64", "rot13": "rot-13"}
_cache = {}


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError when there is none."""
    key = encoding.lower().replace("-", "").replace("_", "").replace(" ", "")
    if key in _cache:
        return _cache[key]
    if key in _ALIASES:
        info = _binary_codecs()[_ALIASES[key]]
    else:
        info = _text_codec(_codecs.lookup_name(encoding))
    _cache[key] = info
    return info


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded by the codec (str to bytes for the text codecs)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """obj decoded by the codec (bytes to str for the text codecs)."""
    return lookup(encoding).decode(obj, errors)[0]


def iterencode(iterator, encoding, errors="strict"):
    """Each str of iterator, encoded (lazily)."""
    info = lookup(encoding)
    for piece in iterator:
        out = info.encode(piece, errors)[0]
        if out:
            yield out


class IncrementalEncoder:
    """Encodes str pieces one after another."""

    def __init__(self, errors="strict", encoding="utf-8"):
        self.errors = errors
        self._info = lookup(encoding)

    def encode(self, input, final=False):
        return self._info.encode(input, self.errors)[0]

    def reset(self):
        pass


class IncrementalDecoder:
    """Decodes bytes pieces one after another; a character split between two pieces
    is decoded once it is whole (or, at the final piece, by the error handler)."""

    def __init__(self, errors="strict", encoding="utf-8"):
        self.errors = errors
        self._info = lookup(encoding)
        self._pending = b""

    def decode(self, input, final=False):
        data = self._pending + bytes(input)
        self._pending = b""
        if final:
            return self._info.decode(data, self.errors)[0]
        # At most 3 bytes of a character can be left over (UTF-32: a unit less one).
        for cut in range(len(data), max(len(data) - 4, -1), -1):
            try:
                text = self._info.decode(data[:cut], "strict")[0]
            except UnicodeDecodeError:
                continue
            self._pending = data[cut:]
            return text
        return self._info.decode(data, self.errors)[0]

    def reset(self):
        self._pending = b""

    def getstate(self):
        return (self._pending, 0)


def getincrementalencoder(encoding):
    lookup(encoding)
    return lambda errors="strict": IncrementalEncoder(errors, encoding)


def getincrementaldecoder(encoding):
    lookup(encoding)
    return lambda errors="strict": IncrementalDecoder(errors, encoding)


def iterdecode(iterator, encoding, errors="strict"):
    """The text of the bytes of iterator, decoded lazily."""
    decoder = IncrementalDecoder(errors, encoding)
    for piece in iterator:
        text = decoder.decode(piece)
        if text:
            yield text
    text = decoder.decode(b"", True)
    if text:
        yield text


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """A file of the given encoding. As in CPython, the file is binary underneath, so
    line endings are read and written untranslated."""
    import builtins

    if encoding is None:
        return builtins.open(filename, mode, buffering)
    mode = mode.replace("b", "").replace("t", "")
    return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors,
                         newline="")
