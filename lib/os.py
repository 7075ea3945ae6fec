# os, written from its documentation over the native _os module: files and
# directories (stat_result, scandir and DirEntry, walk, makedirs, removedirs), the
# environment (environ, getenv, putenv), the process, file descriptors of os.open,
# and os.path (posixpath). Missing: surrogate escapes for names that are not
# UTF-8 (bytes paths must be UTF-8), the dir_fd arguments, file-descriptor paths,
# and process management (fork, exec*, spawn*, kill, system).

import abc
import sys
import stat as st
import _os
from _os import (
    F_OK,
    O_ACCMODE,
    O_APPEND,
    O_CLOEXEC,
    O_CREAT,
    O_DIRECTORY,
    O_EXCL,
    O_NOFOLLOW,
    O_NONBLOCK,
    O_RDONLY,
    O_RDWR,
    O_TRUNC,
    O_WRONLY,
    R_OK,
    SEEK_CUR,
    SEEK_END,
    SEEK_SET,
    W_OK,
    X_OK,
    chdir,
    cpu_count,
    fspath,
    getcwd,
    getpid,
    lseek,
    read,
    readlink,
    strerror,
    urandom,
    write,
)

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError


def _no_dir_fd(dir_fd, fname):
    # genpy's os takes paths only, never a directory descriptor to start from.
    if dir_fd is not None:
        raise NotImplementedError(f"os.{fname}() with dir_fd is not supported")


class PathLike(abc.ABC):
    # The abstract base of objects that name a file-system path: every class
    # with __fspath__ (returning a str) passes isinstance() and issubclass().
    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def _field(index, fallback=None):
    # A read-only attribute of a struct sequence: the item at `index` of its
    # fields (stat_result's float times, when not given, are the whole seconds).
    def get(self):
        value = self._fields[index]
        if value is None and fallback is not None:
            return self._fields[fallback]
        return value

    return property(get)


class _StructSequence(tuple):
    # CPython's struct sequences: a tuple of the first n_sequence_fields fields,
    # every field (up to n_fields) also an attribute by name; shown as
    # module.name(field=value, ...) with the tuple's fields.
    n_sequence_fields = n_fields = n_unnamed_fields = 0
    _names = ()

    def __new__(cls, sequence, dict=None):
        fields = tuple(sequence)
        shortest, longest = cls.n_sequence_fields, cls.n_fields
        name = f"{cls.__module__}.{cls.__name__}"
        if shortest == longest and len(fields) != shortest:
            raise TypeError(f"{name}() takes a {shortest}-sequence ({len(fields)}-sequence given)")
        if len(fields) < shortest:
            raise TypeError(
                f"{name}() takes an at least {shortest}-sequence ({len(fields)}-sequence given)"
            )
        if len(fields) > longest:
            raise TypeError(
                f"{name}() takes an at most {longest}-sequence ({len(fields)}-sequence given)"
            )
        self = tuple.__new__(cls, fields[:shortest])
        self._fields = fields + (None,) * (longest - len(fields))
        return self

    def __repr__(self):
        body = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"{type(self).__module__}.{type(self).__name__}({body})"

    def __reduce__(self):
        return (type(self), (self._fields,))


class stat_result(_StructSequence):
    # The result of stat(): a 10-tuple (mode, inode, device, links, uid, gid, size
    # and the three times in whole seconds) with more fields as attributes.
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    st_mode = _field(0)
    st_ino = _field(1)
    st_dev = _field(2)
    st_nlink = _field(3)
    st_uid = _field(4)
    st_gid = _field(5)
    st_size = _field(6)
    st_atime = _field(10, 7)
    st_mtime = _field(11, 8)
    st_ctime = _field(12, 9)
    st_atime_ns = _field(13)
    st_mtime_ns = _field(14)
    st_ctime_ns = _field(15)
    st_blksize = _field(16)
    st_blocks = _field(17)
    st_rdev = _field(18)


class terminal_size(_StructSequence):
    # get_terminal_size()'s result: (columns, lines).
    n_sequence_fields = n_fields = 2
    _names = ("columns", "lines")
    columns = _field(0)
    lines = _field(1)


class uname_result(_StructSequence):
    # uname()'s result: the system's name, host name, release, version, machine.
    __module__ = "posix"
    n_sequence_fields = n_fields = 5
    _names = ("sysname", "nodename", "release", "version", "machine")
    sysname = _field(0)
    nodename = _field(1)
    release = _field(2)
    version = _field(3)
    machine = _field(4)


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


def uname():
    return uname_result(_os.uname())


def getppid():
    return _os.ids()[0]


def getuid():
    return _os.ids()[1]


def geteuid():
    return _os.ids()[2]


def getgid():
    return _os.ids()[3]


def getegid():
    return _os.ids()[4]


def umask(mask):
    return _os.umask(mask)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "stat")
    return stat_result(_os.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "lstat")
    return stat_result(_os.stat(path, False))


def fstat(fd):
    return stat_result(_os.fstat(fd))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    _no_dir_fd(dir_fd, "access")
    return _os.access(path, mode)


def listdir(path=None):
    return _os.listdir(path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _no_dir_fd(dir_fd, "mkdir")
    _os.mkdir(path, mode)


def rmdir(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "rmdir")
    _os.rmdir(path)


def remove(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "remove")
    _os.remove(path, "remove")


def unlink(path, *, dir_fd=None):
    _no_dir_fd(dir_fd, "unlink")
    _os.remove(path, "unlink")


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "rename")
    _os.rename(src, dst, "rename")


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "replace")
    _os.rename(src, dst, "replace")


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "chmod")
    if not follow_symlinks:
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    _os.chmod(path, mode)


def _seconds_to_ns(t):
    # Seconds (an int or a float) as whole nanoseconds, rounded down.
    if isinstance(t, int):
        return t * 1_000_000_000
    if isinstance(t, float):
        whole = int(t // 1)
        return whole * 1_000_000_000 + int((t - whole) * 1e9 // 1)
    raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _no_dir_fd(dir_fd, "utime")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = (_seconds_to_ns(times[0]), _seconds_to_ns(times[1]))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    _os.utime(path, ns, follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _no_dir_fd(dir_fd, "symlink")
    _os.symlink(src, dst)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _no_dir_fd(src_dir_fd or dst_dir_fd, "link")
    _os.link(src, dst)


def open(path, flags, mode=0o777, *, dir_fd=None):
    _no_dir_fd(dir_fd, "open")
    return _os.open(path, flags, mode)


def close(fd):
    _os.close(fd)


def fdopen(fd, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import builtins

    return builtins.open(fd, *args, **kwargs)


class DirEntry:
    # One entry of a scandir() listing: its name and path, and what the directory
    # said it is; stat() asks the system (once, then remembers).
    __module__ = "posix"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, entry):
        self = object.__new__(cls)
        name, self._is_dir, self._is_file, self._is_symlink, self._inode = entry
        slash = sep
        if isinstance(directory, bytes):
            # A bytes directory lists bytes names, as in CPython.
            name, slash = name.encode(), sep.encode()
        self.name = name
        # path.join(directory, name), for a name that has no slash.
        self.path = directory + name if directory.endswith(slash) else directory + slash + name
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        return self._inode

    def is_symlink(self):
        return self._is_symlink

    def _kind(self, follow_symlinks, test, listed):
        # Whether the entry is a directory (or file): as listed, unless it is a
        # link to follow, which needs a stat (False when that fails).
        if not (self._is_symlink and follow_symlinks):
            return listed
        try:
            return test(self.stat().st_mode)
        except OSError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks, st.S_ISDIR, self._is_dir)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(follow_symlinks, st.S_ISREG, self._is_file)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._is_symlink:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __class_getitem__(cls, item):
        return cls


class ScandirIterator:
    # The iterator scandir() returns: entries as the directory is read, closed at
    # the end, by close() or by leaving a with block.
    __module__ = "posix"

    def __init__(self, directory):
        self._entries = _os.scandir(directory)
        self._directory = "." if directory is None else fspath(directory)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        for entry in self._entries:
            return DirEntry._make(self._directory, entry)
        self._entries = None
        raise StopIteration

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False


def scandir(path=None):
    return ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    # Yields (dirpath, dirnames, filenames) for `top` and each directory below it,
    # lazily: a directory is listed when the walk reaches it. Top-down, a caller
    # may prune or reorder dirnames in place to steer the walk.
    top = fspath(top)
    try:
        listing = scandir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files, below = [], [], []
    with listing:
        while True:
            try:
                entry = next(listing)
            except StopIteration:
                break
            except OSError as e:
                if onerror is not None:
                    onerror(e)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
            if not topdown and is_dir and (followlinks or not entry.is_symlink()):
                below.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            subdir = path.join(top, name)
            if followlinks or not path.islink(subdir):
                yield from walk(subdir, topdown, onerror, followlinks)
    else:
        for subdir in below:
            yield from walk(subdir, topdown, onerror, followlinks)
        yield top, dirs, files


def makedirs(name, mode=0o777, exist_ok=False):
    # mkdir, making the missing parent directories first.
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Made meanwhile by someone else.
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    # rmdir, then the parents that became empty, as far as they can be removed.
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    # rename, making the new name's directories and pruning the old one's.
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def _env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _View:
    # keys(), values() and items() of environ: live views, shown as CPython's
    # collections.abc views are.
    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        data = self._mapping._data
        if self._kind == "KeysView":
            return iter(list(data))
        if self._kind == "ValuesView":
            return iter(list(data.values()))
        return iter(list(data.items()))

    def __contains__(self, item):
        return item in list(self)

    def __repr__(self):
        return f"{self._kind}({self._mapping!r})"


class _Environ:
    # os.environ: the process's environment read at startup, as a mapping of str
    # to str; setting or deleting a variable changes the process's environment
    # too (putenv/unsetenv), so child processes and later lookups see it.
    def __init__(self, pairs):
        self._data = dict(pairs)

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _os.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return f"environ({self._data!r})"

    def get(self, key, default=None):
        return self._data.get(_env_str(key), default)

    def keys(self):
        return _View(self, "KeysView")

    def values(self):
        return _View(self, "ValuesView")

    def items(self):
        return _View(self, "ItemsView")

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty") from None
        key = next(reversed(list(self._data)))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ())


def fsencode(filename):
    # A path as bytes: the file system encoding with its error handler.
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    # A path as str: the file system encoding with its error handler (which, for
    # bytes that are not UTF-8, raises NotImplementedError: genpy's str holds no
    # lone surrogates).
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def getcwdb():
    return fsencode(getcwd())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


import posixpath as path

sys.modules["os.path"] = path
