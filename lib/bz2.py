"""Reading and writing bzip2-compressed data, with the interface of CPython's bz2
module: open, BZ2File, compress, decompress, BZ2Compressor and BZ2Decompressor.
The compressor, decompressor and the file's decompressing stream are native (the
_bz2 module); a text-mode bz2.open wraps that stream in io.TextIOWrapper."""

import io
import _bz2
from _bz2 import BZ2Compressor, BZ2Decompressor

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor",
           "open", "compress", "decompress"]

_MODES = {"": "r", "r": "r", "rb": "r", "w": "w", "wb": "w",
          "x": "x", "xb": "x", "a": "a", "ab": "a"}


class BZ2File:
    """A file object reading or writing bzip2-compressed data, over a file name
    or a binary file object."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        if mode not in _MODES:
            raise ValueError("Invalid mode: %r" % (mode,))
        if not (isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__")
                or hasattr(filename, "read") or hasattr(filename, "write")):
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = _MODES[mode]
        self._stream = _bz2.stream(filename, self._mode, compresslevel)

    @property
    def closed(self):
        return self._stream.closed

    def _check(self, reading):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file")
        if reading and self._mode != "r":
            raise io.UnsupportedOperation("File not open for reading")
        if not reading and self._mode == "r":
            raise io.UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check(True)
        return self._stream.read(size)

    def read1(self, size=-1):
        self._check(True)
        return self._stream.read1(size)

    def peek(self, n=0):
        self._check(True)
        return self._stream.peek(n)

    def readline(self, size=-1):
        self._check(True)
        return self._stream.readline(size)

    def readlines(self, size=-1):
        self._check(True)
        return self._stream.readlines(size)

    def __iter__(self):
        self._check(True)
        return self._stream

    def __next__(self):
        self._check(True)
        return next(self._stream)

    def write(self, data):
        self._check(False)
        return self._stream.write(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self._stream.close()

    def fileno(self):
        return self._stream.fileno()

    def seek(self, offset, whence=0):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file")
        if self._mode != "r":
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        return self._stream.seek(offset, whence)

    def tell(self):
        return self._stream.tell()

    def readable(self):
        return not self._stream.closed and self._mode == "r"

    def writable(self):
        return not self._stream.closed and self._mode != "r"

    def seekable(self):
        return self.readable()

    def __enter__(self):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary_file = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if "t" in mode:
        return io.TextIOWrapper(binary_file._stream, encoding, errors, newline)
    return binary_file


def compress(data, compresslevel=9):
    """The bzip2-compressed form of data."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """The data of every bzip2 stream in data, one after the other."""
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)
