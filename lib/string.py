# string, written from its documentation: the character-class constants, capwords,
# Template ($-substitution, scanned by hand: `$$`, `$name`, `${name}`; a subclass may
# change `delimiter`, not the pattern) and a basic Formatter (str.format's grammar
# with its overridable steps).

__all__ = [
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "capwords",
    "digits",
    "hexdigits",
    "octdigits",
    "printable",
    "punctuation",
    "whitespace",
    "Formatter",
    "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s at sep (runs of whitespace by default), capitalizes each word and
    joins them with sep (a space by default)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


def _identifier_end(text, i):
    # The end of the ASCII identifier starting at i, or i if there is none.
    if i >= len(text) or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(text) and text[j] in _ID_REST:
        j += 1
    return j


class Template:
    """A string with $-placeholders: `$$` is a `$`, `$name` and `${name}` are
    replaced by the mapping's values."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (literal text) strings and (kind, start, end, name) tuples for the
        # placeholders, where kind is "escaped", "named", "braced" or "invalid" and
        # start..end is the placeholder's text.
        text = self.template
        delim = self.delimiter
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0:
                yield text[pos:]
                return
            yield text[pos:i]
            after = i + len(delim)
            if text.startswith(delim, after):
                yield ("escaped", i, after + len(delim), None)
                pos = after + len(delim)
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield ("named", i, end, text[after:end])
                pos = end
                continue
            if text.startswith("{", after):
                end = _identifier_end(text, after + 1)
                if end > after + 1 and text.startswith("}", end):
                    yield ("braced", i, end + 1, text[after + 1 : end])
                    pos = end + 1
                    continue
            yield ("invalid", i, after, None)
            pos = after

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(
            "Invalid placeholder in string: line %d, col %d" % (lineno, colno)
        )

    def _replace(self, mapping, kws, safe):
        parts = []
        for piece in self._scan():
            if isinstance(piece, str):
                parts.append(piece)
                continue
            kind, start, end, name = piece
            if kind == "escaped":
                parts.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                parts.append(self.template[start:end])
            elif name in kws:
                parts.append("%s" % (kws[name],))
            elif safe:
                try:
                    parts.append("%s" % (mapping[name],))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append("%s" % (mapping[name],))
        return "".join(parts)

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing
        name, ValueError for a delimiter not starting a placeholder."""
        return self._replace({} if mapping is None else mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but missing names and stray delimiters stay as they
        are."""
        return self._replace({} if mapping is None else mapping, kws, True)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        return all(
            isinstance(p, str) or p[0] != "invalid" for p in self._scan()
        )

    def get_identifiers(self):
        """The names of the valid placeholders, in order of first appearance."""
        names = []
        for piece in self._scan():
            if isinstance(piece, str):
                continue
            kind, start, end, name = piece
            if kind in ("named", "braced") and name not in names:
                names.append(name)
        return names


def _parse_field(text, i):
    # The replacement field starting after the "{" at i: returns (field_name,
    # conversion, format_spec, end), where end is past the closing "}"; the spec
    # may hold nested fields.
    n = len(text)
    j = i
    while j < n and text[j] not in "!:}" and text[j] != "[":
        j += 1
    while j < n and text[j] == "[":
        close = text.find("]", j)
        if close < 0:
            raise ValueError("expected '}' before end of string")
        j = close + 1
        while j < n and text[j] not in "!:}[":
            j += 1
    field_name = text[i:j]
    conversion = None
    if j < n and text[j] == "!":
        if j + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[j + 1]
        j += 2
        if j >= n or text[j] not in ":}":
            raise ValueError("expected ':' after conversion specifier")
    spec_start = j + 1 if j < n and text[j] == ":" else j
    depth = 1
    k = spec_start
    while k < n:
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            depth -= 1
            if depth == 0:
                break
        k += 1
    if k >= n:
        raise ValueError("expected '}' before end of string")
    return field_name, conversion, text[spec_start:k], k + 1


class Formatter:
    """str.format's machinery, one overridable step at a time."""

    def format(self, format_string, /, *args, **kwargs):
        """Formats like str.format."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """Formats with the positional arguments and the mapping given as is."""
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2, [0])
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        parts = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            parts.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto[0] is False:
                    raise ValueError(
                        "cannot switch from manual field specification "
                        "to automatic field numbering"
                    )
                field_name = str(auto[0])
                auto[0] += 1
            elif field_name[0].isdigit():
                if auto[0]:
                    raise ValueError(
                        "cannot switch from manual field specification "
                        "to automatic field numbering"
                    )
                auto[0] = False
            obj, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(spec, args, kwargs, used_args, depth - 1, auto)
            parts.append(self.format_field(obj, spec))
        return "".join(parts)

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each
        replacement field (the last literal with None fields)."""
        text = format_string
        literal = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c in "{}" and text.startswith(c + c, i):
                # An escaped brace ends a piece of literal text.
                literal.append(c)
                yield "".join(literal), None, None, None
                literal = []
                i += 2
            elif c == "}":
                raise ValueError("Single '}' encountered in format string")
            elif c == "{":
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                name, conversion, spec, i = _parse_field(text, i + 1)
                yield "".join(literal), name, spec, conversion
                literal = []
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates, and the key of its first part."""
        i = 0
        while i < len(field_name) and field_name[i] not in ".[":
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while i < len(field_name):
            if field_name[i] == ".":
                j = i + 1
                while j < len(field_name) and field_name[j] not in ".[":
                    j += 1
                obj = getattr(obj, field_name[i + 1 : j])
            else:
                j = field_name.index("]", i)
                index = field_name[i + 1 : j]
                obj = obj[int(index) if index.isdigit() else index]
                j += 1
            i = j
        return obj, key

    def get_value(self, key, args, kwargs):
        """args[key] for an int key, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Does nothing; a subclass may reject unused arguments."""

    def format_field(self, value, format_spec):
        """format(value, format_spec)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Applies a !r, !s or !a conversion."""
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)
