"""json.decoder: JSONDecoder and JSONDecodeError; the parser itself is the native
_json.Scanner (genpy's own implementation of CPython's documented behaviour)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dicts, arrays to lists, strings to str, numbers to int or
    float, true/false to True/False and null to None; NaN, Infinity and -Infinity
    are understood too.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self._scanner = _json.Scanner(
            strict, object_hook, object_pairs_hook,
            None if self.parse_float is float else self.parse_float,
            None if self.parse_int is int else self.parse_int,
            parse_constant, JSONDecodeError)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        return self._scanner.decode(s)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON
        document) and return a 2-tuple of the Python representation and the
        index in ``s`` where the document ended."""
        return self._scanner.raw_decode(s, idx)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}
