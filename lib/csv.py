"""CSV parsing and writing, with the interface of CPython's csv module: reader,
writer, the dialect registry, Dialect and its excel, excel-tab and unix
dialects, DictReader and DictWriter. The reader's state machine and the writer's
quoting are native (the _csv module); Sniffer is written here."""

import _csv
from _csv import QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, field_size_limit

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"


class Error(Exception):
    """Raised for malformed CSV input and rows that cannot be written."""
    __module__ = "_csv"

_dialects = {}


def _dialect(dialect, fmtparams):
    """The _csv.Dialect for a dialect name or object and keyword overrides."""
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if not fmtparams and type(dialect) is _csv.Dialect:
        return dialect
    return _csv.Dialect(dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    """Associate ``name`` with a dialect (an object, a name, or parameters)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Remove the dialect registered as ``name``."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered as ``name``."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def reader(csvfile, dialect=None, **fmtparams):
    """A reader of the records in the lines ``csvfile`` yields."""
    return _csv.reader(csvfile, _dialect(dialect, fmtparams), Error)


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of rows to ``csvfile`` (any object with a ``write`` method)."""
    return _csv.writer(csvfile, _dialect(dialect, fmtparams), Error)


class Dialect:
    """Describe a CSV dialect.

    Subclass it and set the class attributes that describe the format; an
    instance checks them (csv.Error when they are not valid)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _csv.Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read each record as a dict keyed by the field names (by default the
    first record); extra values go in a list under ``restkey``, missing ones
    are ``restval``."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as rows, in the order of ``fieldnames``; a missing key is
    ``restval``, an extra one an error (``extrasaction="raise"``) or ignored."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = set(rowdict)
            wrong_fields.difference_update(self.fieldnames)
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Deduces the format of a CSV sample: `sniff` returns a Dialect subclass, and
    `has_header` guesses whether the first row names the columns."""

    def __init__(self):
        # Delimiters chosen first when several are equally plausible.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect for the sample: quote character and delimiter from quoted
        fields if there are any, else the delimiter from character frequencies."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._quoted_fields(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._frequent_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _quoted_fields(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted
        fields of data: a quote after a delimiter (and a space), at the start or end
        of a line, or a line that is one quoted field."""
        import re

        shapes = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        for shape in shapes:
            found = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        else:
            return "", False, None, 0
        quotes, delims, spaces = {}, {}, 0
        for m in found:
            groups = m.groupdict()
            quote = groups["quote"]
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            delim = groups.get("delim")
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if groups.get("space"):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim, skipinitialspace = "", 0
        # Two quotes inside one field: the quote is doubled to escape it.
        d, q = re.escape(delim), re.escape(quotechar)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d),
            re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skipinitialspace

    def _frequent_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace): the character found the same number of
        times on (nearly) every line, judged over growing chunks of 10 lines."""
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        # For each character, how many lines hold it how many times.
        frequencies = {}
        modes = {}
        delims = {}
        start, end, rounds = 0, chunk, 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for char in map(chr, range(127)):
                    per_count = frequencies.setdefault(char, {})
                    n = line.count(char)
                    per_count[n] = per_count.get(n, 0) + 1
            for char, per_count in frequencies.items():
                counts = list(per_count.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                if len(counts) > 1:
                    # The commonest count, less the lines that disagree with it.
                    best = max(counts, key=lambda c: c[1])
                    others = sum(c[1] for c in counts if c is not best)
                    modes[char] = (best[0], best[1] - others)
                else:
                    modes[char] = counts[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for char, (count, lines_agreeing) in modes.items():
                    if (count > 0 and lines_agreeing > 0
                            and lines_agreeing / total >= consistency
                            and (delimiters is None or char in delimiters)):
                        delims[char] = (count, lines_agreeing)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, lines[0].count(delim) == lines[0].count(delim + " ")
            start, end = end, end + chunk
        if not delims:
            return "", 0
        if len(delims) > 1:
            for delim in self.preferred:
                if delim in delims:
                    return delim, lines[0].count(delim) == lines[0].count(delim + " ")
        delim = max((v, k) for k, v in delims.items())[1]
        return delim, lines[0].count(delim) == lines[0].count(delim + " ")

    def has_header(self, sample):
        """Whether the first row looks like a header: judged per column, over the
        next 20 rows, by whether the column is numeric or has one fixed length and
        the first row's cell differs from that."""
        import io

        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                kind = "number" if _is_number(row[col]) else len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                # A column never seen in a full row: the header's cell is no number.
                votes += 1
            elif kind == "number":
                votes += -1 if _is_number(header[col]) else 1
            else:
                votes += 1 if len(header[col]) != kind else -1
        return votes > 0


def _is_number(text):
    """Whether complex(text) would accept text (so a float or an int too)."""
    import re

    num = r"(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)"
    shape = r"\s*(?:\(\s*)?(?:[+-]?%s|[+-]?(?:%s)?[jJ]|[+-]?%s[+-](?:%s)?[jJ])(?:\s*\))?\s*" % (
        num, num, num, num)
    return re.fullmatch(shape, text, re.IGNORECASE) is not None
