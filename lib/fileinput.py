# fileinput, written from its documentation: iterate over the lines of several files
# (sys.argv[1:] by default, '-' for stdin) as one stream, lazily: each file is
# opened when the previous one is exhausted, and its lines come from a generator.
# inplace=True (rewriting the files) is not supported.

import sys

__all__ = [
    "input",
    "close",
    "nextfile",
    "filename",
    "lineno",
    "filelineno",
    "fileno",
    "isfirstline",
    "isstdin",
    "FileInput",
    "hook_encoded",
]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Makes the module-level FileInput (the one filename(), lineno(), ... ask)
    and returns it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Closes the module-level FileInput."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    """Skips the rest of the current file."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """The number of lines read so far, over all files."""
    return _active().lineno()


def filelineno():
    """The number of the last line read within its file."""
    return _active().filelineno()


def fileno():
    """The current file's descriptor, or -1."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from stdin."""
    return _active().isstdin()


class FileInput:
    """An iterator over the lines of a sequence of files, one after another."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif files is None:
            files = sys.argv[1:] or ("-",)
        else:
            files = tuple(files)
        if inplace:
            raise NotImplementedError(
                "fileinput: inplace=True is not supported by genpy"
            )
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._files = files
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._lines = None
        self._isstdin = False

    def __del__(self):
        self.close()

    def close(self):
        """Closes the current file and forgets the ones not read yet."""
        self._files = ()
        self.nextfile()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._lines is None:
                if not self._files:
                    raise StopIteration
                self._open_next()
            line = next(self._lines, None)
            if line is not None:
                self._lineno += 1
                self._filelineno += 1
                return line
            self.nextfile()

    def _open_next(self):
        # Opens the next file of the list; its lines come from a generator.
        name = self._files[0]
        self._files = self._files[1:]
        self._filename = name
        self._filelineno = 0
        if name == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin
            self._isstdin = True
        elif self._openhook is not None:
            self._file = self._openhook(name, self._mode)
        else:
            self._file = open(name, self._mode, encoding=self._encoding,
                              errors=self._errors)
        self._lines = _each_line(self._file)

    def nextfile(self):
        """Closes the current file; the next line comes from the next one."""
        file = self._file
        self._file = None
        self._lines = None
        stdin = self._isstdin
        self._isstdin = False
        if file is not None and not stdin:
            file.close()

    def readline(self):
        """The next line, or '' at the end of the last file."""
        try:
            return self.__next__()
        except StopIteration:
            return ""

    def filename(self):
        """The name of the file being read (None before the first line)."""
        return self._filename

    def lineno(self):
        """The number of lines read so far, over all files."""
        return self._lineno

    def filelineno(self):
        """The number of the last line read within its file."""
        return self._filelineno

    def fileno(self):
        """The current file's descriptor, or -1 when no file is open."""
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        """Whether the last line read was the first of its file."""
        return self._filelineno == 1

    def isstdin(self):
        """Whether the last line read came from stdin."""
        return self._isstdin


def _each_line(file):
    # The lines of an open file, read one at a time.
    while True:
        line = file.readline()
        if not line:
            return
        yield line


def hook_encoded(encoding, errors=None):
    """An openhook opening each file with this encoding (and errors handler)."""
    settings = {"encoding": encoding}
    if errors is not None:
        settings["errors"] = errors

    def openhook(filename, mode):
        return open(filename, mode, **settings)

    return openhook
