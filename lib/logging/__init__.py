# logging, written from its documentation: levels and their names, the logger
# hierarchy (dotted names, placeholders, propagation), LogRecord, Formatter (%, {
# and $ styles), Filter, Handler, StreamHandler, FileHandler, NullHandler, the
# last-resort handler, basicConfig and the module-level shortcuts, LoggerAdapter.
#
# A record knows its caller (file, line, function) from the native _logging._frames.
# genpy keeps no tracebacks as objects and runs one thread in one process: formatting
# an exception's traceback (exc_info with an exception), stack_info, and the thread
# and process fields raise NotImplementedError. %(asctime)s needs time.strftime and
# time.localtime.

import sys
import time

from _logging import _frames

__all__ = [
    "BASIC_FORMAT",
    "CRITICAL",
    "DEBUG",
    "ERROR",
    "FATAL",
    "INFO",
    "NOTSET",
    "WARN",
    "WARNING",
    "Filter",
    "FileHandler",
    "Formatter",
    "Handler",
    "LogRecord",
    "Logger",
    "LoggerAdapter",
    "NullHandler",
    "StreamHandler",
    "addLevelName",
    "basicConfig",
    "critical",
    "debug",
    "disable",
    "error",
    "exception",
    "fatal",
    "getLevelName",
    "getLogger",
    "info",
    "log",
    "makeLogRecord",
    "shutdown",
    "warn",
    "warning",
    "lastResort",
    "raiseExceptions",
]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

raiseExceptions = True

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

_startTime = time.time()

# The record attributes genpy cannot fill: the thread and process ids.
_UNKNOWN_FIELDS = ("thread", "process")

# The file of this module: frames in it are skipped when looking for the caller.
_srcfile = __file__


def getLevelNamesMapping():
    """A copy of the mapping from level names to levels."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level, the level of a name, or 'Level N'."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names a level (both ways)."""
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class LogRecord:
    """One logged event: logger name, level, message and arguments, time."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.rsplit("/", 1)[-1]
        stem = self.filename.lstrip(".")
        self.module = self.filename[: self.filename.rfind(".")] if "." in stem else self.filename
        self.lineno = lineno
        self.funcName = func
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.threadName = "MainThread"
        self.processName = "MainProcess"

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message, %-formatted with the arguments if there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def makeLogRecord(dict):
    """A LogRecord whose attributes come from a dict."""
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    for key, value in dict.items():
        setattr(rv, key, value)
    return rv


def _field_names(fmt, style):
    # The record attributes a format string names.
    import string

    if style == "%":
        names = []
        i = fmt.find("%(")
        while i >= 0:
            end = fmt.find(")", i)
            if end < 0:
                break
            names.append(fmt[i + 2 : end])
            i = fmt.find("%(", end)
        return names
    if style == "{":
        return [name for _, name, _, _ in string.Formatter().parse(fmt) if name]
    return string.Template(fmt).get_identifiers()


def _validate(fmt, style):
    # CPython's check that a format has at least one field of its style.
    names = _field_names(fmt, style)
    if not names:
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, style))
    for name in names:
        if name in _UNKNOWN_FIELDS:
            raise NotImplementedError(
                "logging: the %s field needs thread and process ids, which genpy "
                "does not provide" % name
            )


_STYLES = {
    "%": "%(levelname)s:%(name)s:%(message)s",
    "{": "{levelname}:{name}:{message}",
    "$": "${levelname}:${name}:${message}",
}
BASIC_FORMAT = _STYLES["%"]


class Formatter:
    """Turns a LogRecord into text with a format string (% by default)."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = style
        self._fmt = fmt or {"%": "%(message)s", "{": "{message}",
                            "$": "${message}"}[style]
        self._defaults = defaults
        if validate:
            _validate(self._fmt, style)
        self.datefmt = datefmt

    def usesTime(self):
        """Whether the format shows asctime."""
        return "asctime" in _field_names(self._fmt, self._style)

    # Turns record.created into a struct_time (time.localtime when genpy has it).
    converter = getattr(time, "localtime", None)

    def formatTime(self, record, datefmt=None):
        """The record's creation time by the converter and time.strftime."""
        # The converter is a plain function even when set on the class.
        converter = vars(self).get("converter") or type(self).converter
        if converter is None or not hasattr(time, "strftime"):
            raise NotImplementedError(
                "logging: asctime needs time.strftime and time.localtime, which "
                "genpy does not have"
            )
        ct = converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        t = time.strftime(self.default_time_format, ct)
        return self.default_msec_format % (t, record.msecs)

    def formatException(self, ei):
        """The traceback text of an exc_info triple."""
        if ei[1] is None:
            return "NoneType: None"
        import traceback

        s = "".join(traceback.format_exception(ei[1]))
        return s[:-1] if s.endswith("\n") else s

    def formatStack(self, stack_info):
        """The stack text (as given)."""
        return stack_info

    def formatMessage(self, record):
        """The format applied to the record's attributes."""
        values = dict(self._defaults) if self._defaults else {}
        values.update(vars(record))
        try:
            if self._style == "%":
                return self._fmt % values
            if self._style == "{":
                return self._fmt.format(**values)
            import string

            return string.Template(self._fmt).substitute(values)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)

    def format(self, record):
        """The record as text, with the exception's text after it if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets through the records of one logger and its descendants."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether the record's logger is the named one or below it."""
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen : self.nlen + 1] == "."


class Filterer:
    """Keeps a list of filters (objects with a filter method, or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Adds a filter (once)."""
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Removes a filter if present."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter lets the record through."""
        for f in self.filters:
            result = f.filter(record) if hasattr(f, "filter") else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        """Handlers need no lock: genpy runs one thread."""

    def acquire(self):
        """Nothing to acquire."""

    def release(self):
        """Nothing to release."""

    def setLevel(self, level):
        """Sets the least level this handler emits."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text by this handler's formatter (or the default one)."""
        fmt = self.formatter or _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Outputs the record; subclasses define it."""
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emits the record if the filters let it through."""
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        """Sets the formatter."""
        self.formatter = fmt

    def flush(self):
        """Flushes output (nothing here)."""

    def close(self):
        """Releases resources (nothing here)."""

    def handleError(self, record):
        """Reports an exception raised by emit on stderr, as CPython does (the
        exception's last line instead of its traceback)."""
        if raiseExceptions:
            e = sys.exc_info()[1]
            sys.stderr.write("--- Logging error ---\n")
            sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
            sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))

    def __repr__(self):
        return "<%s (%s)>" % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr by
    default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        """Flushes the stream if it can be."""
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        """Writes the formatted record."""
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except (RecursionError, NotImplementedError):
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream; returns the old one (None if unchanged)."""
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        name = str(_stream_name(self.stream))
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name,
                                 getLevelName(self.level))


def _stream_name(stream):
    # A stream's name; genpy's own sys.stdout and sys.stderr (modules with a write
    # function) are named as CPython names its.
    if type(stream) is type(sys):
        return "<%s>" % stream.__name__
    return getattr(stream, "name", "")


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens (appending by default)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def close(self):
        """Closes the file."""
        if self.stream:
            self.flush()
            self.stream.close()
            self.stream = None

    def emit(self, record):
        """Opens the file if delayed, then writes the record."""
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        """Ignores the record."""

    def emit(self, record):
        """Ignores the record."""


class _StderrHandler(StreamHandler):
    # Writes to whatever sys.stderr is when a record comes.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class PlaceHolder:
    """Stands in the hierarchy for a dotted name no logger has yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        """Records one more logger below this name."""
        self.loggerMap[alogger] = None


class Manager:
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None

    def getLogger(self, name):
        """The logger of that name, created (and fitted into the hierarchy) the
        first time."""
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        rv = self.loggerDict.get(name)
        if isinstance(rv, Logger):
            return rv
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if isinstance(rv, PlaceHolder):
            self._fixupChildren(rv, made)
        self._fixupParents(made)
        return made

    def _fixupParents(self, alogger):
        # The nearest existing ancestor becomes the parent; placeholders stand for
        # the missing names in between.
        name = alogger.name
        i = name.rfind(".")
        parent = None
        while i > 0 and parent is None:
            prefix = name[:i]
            obj = self.loggerDict.get(prefix)
            if obj is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                parent = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        # The loggers below a new logger's name now have it as their parent.
        name = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger


class Logger(Filterer):
    """A named channel of log records, part of the dotted hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        """Sets this logger's own level."""
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        """Logs at DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        """Deprecated name of warning."""
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        """Logs at an integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None,
                   extra=None, sinfo=None):
        """A LogRecord, with the extra attributes set on it."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func,
                               sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in vars(rv):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if stack_info:
            raise NotImplementedError(
                "logging: stack_info (the text of the call stack) is not "
                "supported by genpy"
            )
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func,
                                 extra, sinfo)
        self.handle(record)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, None) of the code that logged: going outward
        from here, the stacklevel-th frame outside this module (or the outermost
        frame)."""
        frames = _frames()
        i = 0
        while stacklevel > 0 and i + 1 < len(frames):
            i += 1
            if frames[i][0] != _srcfile:
                stacklevel -= 1
        filename, lineno, name = frames[i]
        return filename, lineno, name, None

    def handle(self, record):
        """Passes the record to the handlers unless disabled or filtered."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Adds a handler (once)."""
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Removes a handler if present."""
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Gives the record to the handlers of this logger and its ancestors
        (while propagating), or to lastResort when there are none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            c = c.parent if c.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write(
                    'No handlers could be found for logger "%s"\n' % self.name
                )
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set on this logger or an ancestor."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of this level would be processed."""
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        """The logger named self.name + '.' + suffix."""
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger
_logRecordFactory = LogRecord


def setLoggerClass(klass):
    """Sets the class getLogger makes new loggers of."""
    global _loggerClass
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger makes new loggers of."""
    return _loggerClass


def setLogRecordFactory(factory):
    """Sets the callable that makes LogRecords."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _logRecordFactory


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)
root.manager = Logger.manager


def getLogger(name=None):
    """The logger of that dotted name (the root logger without one)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def basicConfig(**kwargs):
    """Gives the root logger a handler (stream, file or given handlers) with a
    formatter, unless it has one already (or force=True), and sets its level."""
    force = kwargs.pop("force", False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError(
                    "'stream' and 'filename' should not be specified together"
                )
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError(
                "'stream' or 'filename' should not be specified together with "
                "'handlers'"
            )
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                encoding = kwargs.pop("encoding", None)
                h = FileHandler(filename, mode, encoding=encoding)
            else:
                h = StreamHandler(kwargs.pop("stream", None))
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def _configured():
    # The module-level functions configure the root logger on first use.
    if len(root.handlers) == 0:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Logs at CRITICAL on the root logger."""
    _configured().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Logs at ERROR on the root logger."""
    _configured().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Logs at ERROR with the exception being handled on the root logger."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Logs at WARNING on the root logger."""
    _configured().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    """Deprecated name of warning."""
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Logs at INFO on the root logger."""
    _configured().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Logs at DEBUG on the root logger."""
    _configured().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Logs at an integer level on the root logger."""
    _configured().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignores every record of this level and below, on every logger."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flushes and closes the root logger's handlers."""
    for h in reversed(handlerList if handlerList is not None else root.handlers):
        h.flush()
        h.close()


class LoggerAdapter:
    """A logger that adds its `extra` mapping to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keyword arguments with extra added."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        """Logs through the logger after process()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        """Logs at DEBUG."""
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs at INFO."""
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs at WARNING."""
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs at ERROR."""
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs at CRITICAL."""
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        """Whether the logger processes this level."""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Sets the logger's level."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """The logger's effective level."""
        return self.logger.getEffectiveLevel()

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)
