"""Reading and writing gzip files, with the interface of CPython's gzip module:
open, GzipFile, compress, decompress and BadGzipFile. The decompressing and
compressing streams are native (the _gzip module): a GzipFile reads and writes
through one, and a text-mode gzip.open wraps it in io.TextIOWrapper, so lines
are decompressed as they are read. Iterating a GzipFile iterates that stream."""

import io
import os
import time
import zlib
import _gzip
from _gzip import BadGzipFile

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9


def _fspath(path):
    """A file name as str or bytes (genpy's os.fspath takes no bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    return os.fspath(path)


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
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
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file._stream, encoding, errors, newline)
    return binary_file


class GzipFile:
    """A file object reading or writing one gzip file (several members when
    reading), over a file name or a binary file object."""

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None and filename is None:
            raise TypeError("filename must be a str or bytes object, or a file")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = _fspath(filename)
        target = filename if fileobj is None else fileobj
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.name = filename
        self.fileobj = fileobj
        header_name = b""
        if self.mode == WRITE:
            header_name = filename
            if not isinstance(header_name, bytes):
                header_name = header_name.encode("latin-1")
            # The base name, as os.path.basename finds it on POSIX.
            header_name = header_name.rpartition(b"/")[2]
            if header_name.endswith(b".gz"):
                header_name = header_name[:-3]
            if mtime is None:
                mtime = time.time()
        self._stream = _gzip.stream(target, mode, compresslevel,
                                    int(mtime or 0), header_name)

    @property
    def mtime(self):
        """The modification time of the last member header read (None before the
        first). Writing files have none, as in CPython 3.11."""
        if self.mode == WRITE:
            raise AttributeError("'GzipFile' object has no attribute '_buffer'")
        return _gzip.last_mtime(self._stream)

    @property
    def closed(self):
        return self._stream.closed

    def _check(self, wanted, what):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file")
        if self.mode != wanted:
            kind = "write-only" if wanted == READ else "read-only"
            raise OSError(9, what + "() on " + kind + " GzipFile object")

    def read(self, size=-1):
        self._check(READ, "read")
        return self._stream.read(size)

    def read1(self, size=-1):
        self._check(READ, "read1")
        return self._stream.read1(size)

    def peek(self, n):
        self._check(READ, "peek")
        return self._stream.peek(n)

    def readline(self, size=-1):
        self._check(READ, "readline")
        return self._stream.readline(size)

    def readlines(self, hint=-1):
        self._check(READ, "readlines")
        return self._stream.readlines(hint)

    def __iter__(self):
        self._check(READ, "read")
        return self._stream

    def __next__(self):
        self._check(READ, "read")
        return next(self._stream)

    def write(self, data):
        self._check(WRITE, "write")
        return self._stream.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file.")
        if self.mode == WRITE:
            self._stream.flush()

    def close(self):
        self._stream.close()

    def fileno(self):
        return self._stream.fileno()

    def seek(self, offset, whence=0):
        return self._stream.seek(offset, whence)

    def tell(self):
        return self._stream.tell()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._stream.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def __enter__(self):
        if self._stream.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip-compressed form of data, as one member."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = (b"\x1f\x8b\x08\x00" + int(mtime).to_bytes(4, "little")
              + bytes([_xfl(compresslevel), 255]))
    size = len(data) & 0xffffffff
    trailer = zlib.crc32(data).to_bytes(4, "little") + size.to_bytes(4, "little")
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """The data of every member of gzip data, one after the other."""
    return _gzip.decompress(data)
