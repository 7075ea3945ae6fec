"""Formatting and printing of exceptions and stacks, as CPython's `traceback` module.

An exception's text is the interpreter's own (the `_traceback` native hook), so
`format_exc()` equals what genpy prints for the same exception uncaught. The stack
functions read frames through `sys._getframe`.
"""

import sys
import _traceback

__all__ = [
    "format_exc", "format_exception", "format_exception_only", "format_list",
    "format_stack", "extract_stack", "print_exc", "print_exception",
    "print_stack", "print_list", "FrameSummary", "StackSummary",
    "extract_tb", "walk_tb", "format_tb", "print_tb",
    "TracebackException",
]

_sentinel = object()


def _exception_value(exc, value):
    """The exception object of a call in the new (`f(exc)`) or old
    (`f(type, value, tb)`) form."""
    if value is not _sentinel:
        return value
    return exc


def _split_entries(text):
    """The text's lines, a frame's source line joined to its `File` line, as CPython's
    functions return them."""
    entries = []
    for line in text.splitlines(keepends=True):
        if line.startswith("    ") and entries and entries[-1].startswith("  File "):
            entries[-1] += line
        else:
            entries.append(line)
    return entries


def format_exception_only(exc, /, value=_sentinel):
    """The final lines of the exception's text (`Type: message`), as a list."""
    exc = _exception_value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _split_entries(_traceback._format(exc, True, None, False))


def _chain_length(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def _outer_skipped(exc, tb):
    """How many outer frames of the exception's traceback come before `tb` (a link
    of its chain given instead of `exc.__traceback__`; None for no frames)."""
    if tb is _sentinel:
        return 0
    return _chain_length(exc.__traceback__) - _chain_length(tb)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The exception's full text (chained exceptions, traceback, final line) as a
    list of strings that join to what the interpreter prints uncaught; with `tb`,
    its traceback from that link inward."""
    exc = _exception_value(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    skip = _outer_skipped(exc, tb)
    return _split_entries(_traceback._format(exc, False, limit, chain, skip))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes the exception's text to `file` (default `sys.stderr`)."""
    lines = format_exception(exc, value, tb, limit=limit, chain=chain)
    _write(lines, file)


def format_exc(limit=None, chain=True):
    """The text of the exception being handled, as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the text of the exception being handled to `file` (default `sys.stderr`)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


class FrameSummary:
    """One frame of a stack: its file name, line number, function name and source
    line."""

    __slots__ = ("filename", "lineno", "name", "_line")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line

    @property
    def line(self):
        """The frame's source line, stripped (read from its file on first use)."""
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _source_line(filename, lineno):
    """Line `lineno` of the file `filename`, or '' when it cannot be read."""
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        pass
    return ""


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def from_list(cls, a_list):
        """A StackSummary of FrameSummary objects or (file, line, name, text) tuples."""
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        """The frames as `File "...", line N, in NAME` entries with their source lines."""
        out = []
        for fs in self:
            text = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                text += "    {}\n".format(fs.line)
            out.append(text)
        return out


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame down to `f` (default: the caller's frame);
    a positive `limit` keeps that many innermost frames, a negative one that many
    outermost."""
    if f is None:
        f = sys._getframe(1)
    frames = []
    while f is not None:
        frames.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    frames.reverse()
    return StackSummary(frames)


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The entries of a traceback (`exc.__traceback__`) as a StackSummary, outermost
    first; a positive `limit` keeps that many outermost entries, a negative one that
    many innermost."""
    frames = [FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
              for f, lineno in walk_tb(tb)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary(frames)


def format_tb(tb, limit=None):
    """The entries of a traceback as strings (`extract_tb(tb, limit).format()`)."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Writes the entries of a traceback to `file` (default `sys.stderr`)."""
    _write(format_tb(tb, limit=limit), file)


def format_list(extracted_list):
    """The entries of a list of frames (FrameSummary objects or tuples) as strings."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Writes the entries of a list of frames to `file` (default `sys.stderr`)."""
    _write(format_list(extracted_list), file)


def format_stack(f=None, limit=None):
    """The stack down to `f` (default: the caller's frame) as strings."""
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Writes the stack down to `f` (default: the caller's frame) to `file`."""
    if f is None:
        f = sys._getframe(1)
    _write(format_stack(f, limit), file)


class TracebackException:
    """An exception captured for formatting later: its type, its final-line text, and
    its full text."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._str = str(exc_value)
        self._only = format_exception_only(exc_value)
        self._lines = format_exception(exc_type, exc_value, exc_traceback, limit=limit)
        self._unchained = format_exception(exc_type, exc_value, exc_traceback, limit=limit, chain=False)
        # The members of an exception group, each captured the same way.
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit)
                for e in exc_value.exceptions
            ]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of the exception `exc`."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._lines == other._lines
        return NotImplemented

    def __str__(self):
        return self._str

    def format(self, *, chain=True):
        """The exception's full text (without the exceptions it was chained to
        unless `chain`), line by line."""
        return iter(self._lines if chain else self._unchained)

    def format_exception_only(self):
        """The exception's final lines."""
        return iter(self._only)

    def print(self, *, file=None, chain=True):
        """Writes the exception's full text to `file` (default `sys.stderr`)."""
        _write(self.format(chain=chain), file)
