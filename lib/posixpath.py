# posixpath (os.path), written from its documentation: the pure string
# operations on POSIX paths (join, split, normpath, relpath, commonpath, ...) and
# the queries that ask the file system (exists, isdir, getsize, realpath, ...).
# Paths are str or os.PathLike; bytes paths are not supported.

import os
import stat

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
    "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
    "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
    "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
    "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
    "realpath", "supports_unicode_filenames", "relpath", "commonpath",
]


def _check_arg_types(funcname, *args):
    # The TypeError CPython's path functions raise for an argument that is not a
    # path (after os.fspath failed on it).
    for arg in args:
        if not isinstance(arg, str) and not hasattr(type(arg), "__fspath__"):
            raise TypeError(
                f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                f"not {type(arg).__name__!r}"
            ) from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    return os.fspath(s).startswith(sep)


def join(a, *p):
    a = os.fspath(a)
    path = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    # The extension starts at the last dot of the last component, unless that
    # component is only dots before it (".bashrc" has none).
    p = os.fspath(p)
    last_sep = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > last_sep:
        for i in range(last_sep + 1, dot):
            if p[i] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    # The longest common leading part of the strings (or lists) in m, character by
    # character.
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    # The longest common sub-path of the paths, component by component.
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    try:
        kinds = {p.startswith(sep) for p in paths}
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    s1 = min(parts)
    s2 = max(parts)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    return (sep if kinds.pop() else "") + sep.join(common)


def normpath(path):
    # Collapses separators, "." and "a/.." without looking at the file system;
    # exactly two leading slashes are kept (POSIX leaves their meaning open).
    path = os.fspath(path)
    if not path:
        return curdir
    leading = 0
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp in ("", curdir):
            continue
        if comp != pardir or (not leading and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * leading + sep.join(parts)
    return path or curdir


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    try:
        path = os.fspath(path)
        start = curdir if start is None else os.fspath(start)
    except TypeError:
        _check_arg_types("relpath", path, start)
        raise
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return curdir
    return join(*rel)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isfile(path):
    return _mode_is(path, stat.S_ISREG)


def isdir(s):
    return _mode_is(s, stat.S_ISDIR)


def islink(path):
    return _mode_is(path, stat.S_ISLNK, follow=False)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    parent = realpath(join(os.fspath(path), pardir))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _passwd_home(user=None):
    # The home directory /etc/passwd gives `user` (by default the user this
    # process runs as), or None.
    if user is None:
        try:
            uid = os.stat("/proc/self").st_uid
        except OSError:
            return None
    try:
        with open("/etc/passwd") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) < 7:
                    continue
                if (fields[0] == user) if user is not None else (fields[2] == str(uid)):
                    return fields[5]
    except (OSError, UnicodeDecodeError):
        pass
    return None


def expanduser(path):
    path = os.fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
        if home is None:
            home = _passwd_home()
    else:
        home = _passwd_home(path[1:i])
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _is_word_char(c):
    return c.isascii() and (c.isalnum() or c == "_")


def _variable_at(path, i):
    # The reference starting with the "$" at path[i], as (end, name): $name (ASCII
    # letters, digits and _) or ${name}; None when there is none.
    if i + 1 < len(path) and path[i + 1] == "{":
        close = path.find("}", i + 2)
        if close >= 0:
            return close + 1, path[i + 2:close]
        return None
    j = i + 1
    while j < len(path) and _is_word_char(path[j]):
        j += 1
    if j == i + 1:
        return None
    return j, path[i + 1:j]


def expandvars(path):
    # Replaces $name and ${name} by the environment's values; references to
    # unknown variables are left as they are.
    path = os.fspath(path)
    if "$" not in path:
        return path
    i = 0
    while True:
        i = path.find("$", i)
        if i < 0:
            return path
        found = _variable_at(path, i)
        if found is None:
            i += 1
            continue
        end, name = found
        value = os.environ.get(name)
        if value is None:
            i = end
        else:
            path = path[:i] + value + path[end:]
            i += len(value)


def realpath(filename, *, strict=False):
    # The canonical path: absolute, with every symbolic link resolved; missing
    # components are kept as they are unless strict.
    filename = os.fspath(filename)
    path, _ = _resolve("", filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Resolves the relative or absolute path `rest` against the already resolved
    # `path`; returns the result and whether it is free of symlink loops. `seen`
    # maps each link met to its resolution (None while being resolved).
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        candidate = join(path, name)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            resolved = seen[candidate]
            if resolved is not None:
                path = resolved
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True
