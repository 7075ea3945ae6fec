"""CSV parsing and writing, with the interface of CPython's csv module: reader,
writer, the dialect registry, Dialect and its excel, excel-tab and unix
dialects, DictReader and DictWriter. The reader's state machine and the writer's
quoting are native (the _csv module); csv.Sniffer is not supported."""

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
    """Not supported by genpy: deducing a CSV file's format."""

    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported by genpy")
