# shutil, written from its documentation: copying files (copyfile, copy, copy2,
# copymode, copystat, copyfileobj) and trees (copytree, rmtree, move), which and
# disk_usage, get_terminal_size. File contents are copied byte for byte by the
# native _os.copyfile. Missing: archives (make_archive, unpack_archive), chown.

import os
import stat
import sys
import fnmatch
import _os
from collections import namedtuple

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
    "move", "rmtree", "Error", "SpecialFileError", "ExecError", "disk_usage",
    "ignore_patterns", "which", "SameFileError", "get_terminal_size",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    # Copies what is left of file object fsrc to fdst, in chunks.
    length = length if length > 0 else COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    # Copies the contents of file src to dst (made or replaced); returns dst.
    if _samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    for name in (src, dst):
        try:
            st = os.stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError(f"`{os.fspath(name)}` is a named pipe")
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        _os.copyfile(src, dst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    # Copies the permission bits of src to dst (not for symbolic links, which
    # Linux gives no permissions of their own).
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    # Copies the permission bits and the access and modification times.
    links = not follow_symlinks and os.path.islink(src) and os.path.islink(dst)
    st = os.stat(src, follow_symlinks=not links)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=not links)
    if not links:
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def _into_dir(src, dst):
    # dst, or the path of src's name inside dst when dst is a directory.
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    # copyfile then copymode; dst may be a directory. Returns the new file's path.
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    # copy, keeping the times too.
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    # An `ignore` for copytree: the names matching any of the glob patterns.
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)

    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    # Copies the directory tree src to dst (which must not exist, unless
    # dirs_exist_ok); errors on single entries are gathered into one Error.
    with os.scandir(src) as listing:
        entries = list(listing)
    ignored = set()
    if ignore is not None:
        ignored = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcname, dstname, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(linkto):
                    continue
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    # Deletes the directory tree at path (not following symbolic links). Each
    # failure calls onerror(function, path, exc_info), which by default raises.
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(function, path, exc_info):
            raise exc_info[1]
    try:
        st = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(st.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(entry.path, onerror)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    # The last component of path, ignoring trailing slashes.
    return os.path.basename(os.fspath(path).rstrip(os.sep))


def _dest_in_src(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    # Moves a file or tree: a rename when possible, else a copy and a delete.
    # Into dst when it is a directory. Returns the destination.
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _dest_in_src(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_usage = namedtuple("usage", "total used free")


def disk_usage(path):
    # The total, used and free space of the file system holding path, in bytes.
    return _usage(*_os.disk_usage(path))


def _runnable(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    # The path of the program cmd would run, searching PATH; None if none.
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    if not path:
        return None
    seen = set()
    for directory in path.split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _runnable(name, mode):
            return name
    return None


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    # The terminal's size: $COLUMNS and $LINES when set, else what the terminal
    # on stdout says, else `fallback`.
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size()
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
