# tempfile, written from its documentation: temporary files and directories with
# unpredictable names, made so that no other process can claim the same name
# (O_EXCL). mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory, gettempdir. genpy runs no finalizers, so a temporary file
# or directory that is never closed or cleaned up stays behind (CPython removes
# it when it is garbage-collected). Missing: SpooledTemporaryFile and the bytes
# variants (gettempdirb, gettempprefixb); binary modes (the default 'w+b' of
# NamedTemporaryFile and TemporaryFile) work once open() has binary files.

import os
import shutil
import random as _random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp",
    "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_names():
    # An endless supply of 8-character candidate names.
    while True:
        yield "".join(_rng.choice(_CHARACTERS) for _ in range(8))


_EXCL_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        directory = os.getenv(name)
        if directory:
            yield directory
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def _usable_dir(directory):
    # Whether a file can be made in `directory` (tried with a throwaway one).
    for name in _random_names():
        path = os.path.join(directory, name)
        try:
            fd = os.open(path, _EXCL_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        os.close(fd)
        os.unlink(path)
        return True


def gettempdir():
    # The directory for temporary files: tempdir once found (or set).
    global tempdir
    if tempdir is None:
        for directory in _candidate_dirs():
            if directory != os.curdir:
                directory = os.path.abspath(directory)
            if _usable_dir(directory):
                tempdir = directory
                break
        else:
            raise FileNotFoundError(
                "No usable temporary directory found in " + repr(list(_candidate_dirs()))
            )
    return tempdir


def gettempprefix():
    return template


def _params(suffix, prefix, dir):
    return (
        "" if suffix is None else suffix,
        template if prefix is None else prefix,
        gettempdir() if dir is None else os.fspath(dir),
    )


def _claim(suffix, prefix, dir, make):
    # Calls make(path) on fresh candidate paths until one is not taken; returns
    # the path and what make returned.
    suffix, prefix, dir = _params(suffix, prefix, dir)
    names = _random_names()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        try:
            return path, make(path)
        except FileExistsError:
            continue
    raise FileExistsError("No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    # Makes a file only this user may read and write; returns (fd, absolute path).
    path, fd = _claim(suffix, prefix, dir, lambda path: os.open(path, _EXCL_FLAGS, 0o600))
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    # Makes a directory only this user may use; returns its path.
    path, _ = _claim(suffix, prefix, dir, lambda path: os.mkdir(path, 0o700))
    return path


def mktemp(suffix="", prefix=template, dir=None):
    # A name that did not exist when asked (unsafe: someone may take it first).
    if dir is None:
        dir = gettempdir()
    for name in _random_names():
        path = os.path.join(dir, prefix + name + suffix)
        if not os.path.lexists(path):
            return path


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    # A new file, opened by path (so the file object's name is its path).
    fd, path = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        return open(path, mode, encoding=encoding, newline=newline, errors=errors), path
    except BaseException:
        os.unlink(path)
        raise


class _TemporaryFileWrapper:
    # What NamedTemporaryFile returns: the file object (its attributes are the
    # wrapper's), with its path as .name; closing it deletes the file, if delete.
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    file, path = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    # A file with no name in the file system (removed as soon as it is open): its
    # .name is its descriptor.
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(path)
        return open(fd, mode, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class TemporaryDirectory:
    # A directory made on creation and deleted with its contents by cleanup() or
    # at the end of a with block (which gives its path).
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        # The first call removes the directory; later ones only if it is back.
        first, self._cleaned = not self._cleaned, True
        if first or os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        return cls
