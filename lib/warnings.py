"""Warning control, as CPython's `warnings` module: `warn` and `warn_explicit`, the
filter list (`filterwarnings`, `simplefilter`, `resetwarnings`), `catch_warnings`,
and `showwarning`/`formatwarning`, which print `file:line: Category: message` and the
source line to stderr.

The default filters are CPython 3.11's: DeprecationWarning is shown only when
triggered by code in `__main__`; PendingDeprecationWarning, ImportWarning and
ResourceWarning are ignored; every other warning is shown once per location.
"""

import sys

__all__ = [
    "warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
    "simplefilter", "resetwarnings", "catch_warnings",
]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}

# The warnings already shown, per module name (CPython keeps each in its module's
# `__warningregistry__`; genpy's frames give a copy of their globals).
_registries = {}

# Bumped whenever the filters change: a module's registry of warnings already shown
# is forgotten when its version is older.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


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


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning prints: `file:line: Category: message` and its source line."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    line = line.strip()
    if line:
        text += "  %s\n" % line
    return text


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    """Writes the warning's text to `file` (default `sys.stderr`)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


showwarning = _showwarning_default


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: warnings whose text starts with the regex `message` (any case),
    of `category`, raised in a module whose name matches the regex `module`, at line
    `lineno` (0: any) get `action`."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every warning of `category` (at line `lineno`, 0: any)."""
    _check_action(action)
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the default action then applies to every warning)."""
    filters[:] = []
    _filters_mutated()


def _caller(depth):
    """The globals, file name and line number of the frame `depth` levels above
    `warn` (1: its caller; "sys" and line 1 past the top of the stack)."""
    try:
        frame = sys._getframe(depth + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: `message` (a string or a Warning instance) of `category`
    (default UserWarning), attributed to the code `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            "category must be a Warning subclass, not '{}'".format(type(category).__name__))
    globals, filename, lineno = _caller(stacklevel)
    module = globals.get("__name__", "<string>")
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def _matching_action(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text))
                and issubclass(category, cat)
                and (mod is None or mod.match(module))
                and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to `filename`:`lineno` in `module`, remembering it
    in `registry` (a dict) for the once-per-location actions."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _matching_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    _show(WarningMessage(message, category, filename, lineno, source=source))


def _show(msg):
    """Shows a warning through `showwarning`, which a program may have replaced."""
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class WarningMessage:
    """One warning, as `catch_warnings(record=True)` records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings:
    """A context manager that restores the filters and `showwarning` on exit; with
    `record=True`, `with` gives a list that collects every warning shown inside."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module.showwarning = lambda *a: log.append(WarningMessage(*a))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning


filterwarnings("default", category=DeprecationWarning, module="__main__", append=True)
simplefilter("ignore", category=DeprecationWarning, append=True)
simplefilter("ignore", category=PendingDeprecationWarning, append=True)
simplefilter("ignore", category=ImportWarning, append=True)
simplefilter("ignore", category=ResourceWarning, append=True)
