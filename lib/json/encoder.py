"""json.encoder: JSONEncoder; the encoding itself is the native _json.encode
(genpy's own implementation of CPython's documented behaviour)."""

import _json

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Encodes dict, list, tuple, str, int, float, True, False and None (and the
    subclasses of these types); override ``default()`` to encode other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError."""
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available (in the pieces CPython yields; one piece when _one_shot)."""
        if self.indent is None or isinstance(self.indent, str):
            indent = self.indent
        else:
            indent = ' ' * self.indent
        encoded = _json.encode(o, self.skipkeys, self.ensure_ascii,
                               self.check_circular, self.allow_nan,
                               self.sort_keys, indent, self.item_separator,
                               self.key_separator, self.default, not _one_shot)
        if _one_shot:
            return [encoded]
        return iter(encoded)
