# pathlib, written from its documentation over os and os.path: PurePath and
# PurePosixPath (path arithmetic without the file system), Path and PosixPath
# (queries and changes, glob and rglob as generators). Missing: Windows paths
# (PureWindowsPath and WindowsPath raise NotImplementedError), as_uri, owner and
# group; read_bytes and write_bytes need open()'s binary modes.

import fnmatch
import os
import stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# The errors that mean "no such path" to exists() and the is_*() tests: ENOENT,
# ENOTDIR, EBADF, ELOOP. Others (a PermissionError) propagate.
_MISSING = (2, 20, 9, 40)


def _ignorable(e):
    return getattr(e, "errno", None) in _MISSING


def _split_root(part):
    # (root, rest) of one str: exactly two leading slashes are kept as "//".
    if not part.startswith("/"):
        return "", part
    rest = part.lstrip("/")
    if len(part) - len(rest) == 2:
        return "//", rest
    return "/", rest


def _parse(args):
    # The root and parts of the path the arguments join to: a later absolute
    # argument starts over; empty names and "." are dropped.
    strings = []
    for a in args:
        if isinstance(a, PurePath):
            strings.append(str(a))
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike object returning "
                    f"str, not {type(a)!r}"
                )
            strings.append(a)
    root = ""
    names = []
    for s in reversed(strings):
        root, rest = _split_root(s)
        names.extend(x for x in reversed(rest.split("/")) if x and x != ".")
        if root:
            break
    names.reverse()
    return root, ([root] + names if root else names)


def _format(root, parts):
    # The text of a parsed path ("" for the empty path, which str() shows as ".").
    return root + "/".join(parts[1:] if root else parts)


class PurePath:
    # A path as a value: its root ("", "/" or "//") and parts, compared,
    # hashed and ordered by its parts.
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        root, parts = _parse(args)
        return cls._from_parsed(root, parts)

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = _format(root, parts) or "."
        return self

    def _child(self, name):
        return self._from_parsed(self._root, self._parts + [name])

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __repr__(self):
        return f"{type(self).__name__}({self._str!r})"

    def __reduce__(self):
        return (type(self), tuple(self._parts))

    def _comparable(self, other):
        return isinstance(other, PurePath)

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        return hash(tuple(self._parts))

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        if len(self._parts) == (1 if self._root else 0):
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if len(self._parts) == (1 if self._root else 0):
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        root, parts = _parse((name,))
        if not name or name.endswith("/") or root or len(parts) != 1:
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[: -len(old)] if old else name) + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_parts = _parse(other)
        n = len(to_parts)
        if (bool(self._root) if n == 0 else self._parts[:n] != to_parts):
            shown = _format(to_root, to_parts)
            raise ValueError(
                f"{str(self)!r} is not in the subpath of {shown!r} OR one path is "
                "relative and the other is absolute."
            )
        return self._from_parsed("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        # Whether the path ends with parts matching the pattern's (all of them,
        # for an absolute pattern).
        root, pattern = _parse((path_pattern,))
        if not pattern:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts
        if root:
            if len(pattern) != len(parts):
                return False
            pattern = pattern[1:]
        elif len(pattern) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class _Parents:
    # path.parents: the sequence of a path's ancestors, nearest first.
    def __init__(self, path):
        self._path = path
        self._count = len(path._parts) - (1 if path._root else 0)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        path = self._path
        return path._from_parsed(path._root, path._parts[: -index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePosixPath(PurePath):
    pass

class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("genpy's pathlib has no Windows paths (PureWindowsPath)")


def _is_wildcard(pattern):
    return any(c in pattern for c in "*?[")


def _pattern_parts(pattern):
    # The components of a glob pattern (a trailing "/" adds "", which selects
    # directories only), with CPython's errors.
    root, parts = _parse((pattern,))
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern.endswith("/"):
        parts.append("")
    for part in parts:
        if "**" in part and part != "**":
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return parts


def _entries(path):
    # The directory entries of path, read at once (PermissionError: none).
    with os.scandir(path) as listing:
        return list(listing)


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignorable(e):
            raise
        return False


def _select(path, parts):
    # The paths below `path` matching the pattern components `parts`.
    if not parts:
        yield path
        return
    pattern, rest = parts[0], parts[1:]
    if not pattern:
        yield path
    elif pattern == "**":
        # A path found from two starting points is given once (kept by its str,
        # which stands for its parts).
        seen = set()
        for start in _directories(path):
            for found in _select(start, rest):
                if found._str not in seen:
                    seen.add(found._str)
                    yield found
    elif _is_wildcard(pattern):
        try:
            entries = _entries(path)
        except PermissionError:
            return
        for entry in entries:
            if rest and not _entry_is_dir(entry):
                continue
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield from _select(path._child(entry.name), rest)
    else:
        child = path._child(pattern)
        if child.is_dir() if rest else child.exists():
            yield from _select(child, rest)


def _directories(path):
    # path and every directory below it, not following symbolic links.
    yield path
    try:
        entries = _entries(path)
    except PermissionError:
        return
    for entry in entries:
        if _entry_is_dir(entry) and not entry.is_symlink():
            yield from _directories(path._child(entry.name))


class Path(PurePath):
    # A path on this system, with the operations that use the file system.
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        try:
            resolved = self._from_parts((os.path.realpath(self, strict=strict),))
        except OSError as e:
            _refuse_loop(e)
            raise
        if not strict:
            try:
                resolved.stat()
            except OSError as e:
                _refuse_loop(e)
        return resolved

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode_test(self, test, follow_symlinks=True):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignorable(e):
                raise
            return False
        except ValueError:
            return False
        return test(mode)

    def exists(self):
        return self._mode_test(lambda mode: True)

    def is_dir(self):
        return self._mode_test(stat.S_ISDIR)

    def is_file(self):
        return self._mode_test(stat.S_ISREG)

    def is_symlink(self):
        return self._mode_test(stat.S_ISLNK, follow_symlinks=False)

    def is_fifo(self):
        return self._mode_test(stat.S_ISFIFO)

    def is_socket(self):
        return self._mode_test(stat.S_ISSOCK)

    def is_block_device(self):
        return self._mode_test(stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_test(stat.S_ISCHR)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = type(self)(other_path).stat()
        return os.path.samestat(st, other)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, parts)

    def rglob(self, pattern):
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, ["**"] + parts)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, encoding=encoding, errors=errors, newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_bytes(self, data):
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))

    def expanduser(self):
        if not self._root and self._parts and self._parts[0].startswith("~"):
            home = os.path.expanduser(self._parts[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


def _refuse_loop(e):
    # resolve() reports a symbolic link loop as CPython 3.11 does.
    if getattr(e, "errno", None) == 40:
        raise RuntimeError(f"Symlink loop from {e.filename!r}")


class PosixPath(Path, PurePosixPath):
    pass

class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
