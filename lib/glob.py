# glob, written from its documentation: pathnames matching a shell pattern, with
# "**" for any depth when recursive=True. Names starting with "." match only
# patterns that start with "." (unless include_hidden=True). Results come in the
# order the directories list their entries, unsorted, as in CPython. dir_fd is
# not supported.

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    # A generator of the matching paths, found as it is advanced.
    if dir_fd is not None:
        raise NotImplementedError("glob with dir_fd is not supported")
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading "**" matches the empty path first, which is not a result.
        found = _skip_empty_first(found)
    return found


def _skip_empty_first(found):
    for path in found:
        if path:
            yield path
        break
    yield from found


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob_literal
    elif recursive and _is_recursive(basename):
        in_dir = _glob_recursive
    else:
        in_dir = _glob_pattern
    for dirname in dirs:
        for name in in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    # The names in `dirname` that match `pattern`.
    names = _listdir(dirname, dironly)
    if not include_hidden and not _is_hidden(pattern):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    # `basename` (without wildcards) if it exists in `dirname`.
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # "**": the directory itself (as ""), then everything below it.
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            below = _join(dirname, name) if dirname else name
            for sub in _walk(below, dironly, include_hidden):
                yield os.path.join(name, sub)


def _listdir(dirname, dironly):
    # The names in directory `dirname` (only the directories, if dironly); none
    # when it cannot be listed.
    names = []
    try:
        with os.scandir(dirname or os.curdir) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _is_hidden(path):
    return path[0] == "."


def _is_recursive(pattern):
    return pattern == "**"


def has_magic(s):
    return any(c in s for c in "*?[")


def escape(pathname):
    # The pattern matching `pathname` literally: each *, ? and [ in brackets.
    return "".join(f"[{c}]" if c in "*?[" else c for c in pathname)
