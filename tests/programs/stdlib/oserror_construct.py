# OSError made by Python code follows CPython's rules: OSError(errno, ...) becomes
# the PEP 3151 subclass, errno/strerror/filename/filename2 are attributes (None
# when not given), args keep two items once a filename is given, and str() shows
# "[Errno N] text: 'name'"; the errno module names the numbers.
import errno
import os

for args in [(errno.ENOENT, "No such file", "cfg.ini"), (errno.EACCES, "denied"),
             (errno.EEXIST, os.strerror(errno.EEXIST), "a", None, "b"), (2, "x", None),
             ("a", "b"), ("just a message",), (), (1, 2, 3, 4, 5, 6), (99999, "odd"),
             (None, None, "f"), (errno.EISDIR, "dir", "d", None)]:
    e = OSError(*args)
    print(args, type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print("   ", str(e), repr(e))
print(type(FileNotFoundError(errno.EACCES, "x")).__name__)


class ConfigMissing(FileNotFoundError):
    pass


try:
    raise ConfigMissing(errno.ENOENT, os.strerror(errno.ENOENT), "settings.toml")
except OSError as e:
    print(type(e).__name__, e, e.errno == errno.ENOENT, e.filename)
try:
    raise OSError
except OSError as e:
    print(repr(e), e.errno, e.strerror)
try:
    os.rmdir("no-such-dir")
except OSError as e:
    print(errno.errorcode[e.errno], e.errno == errno.ENOENT, e.args)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN], errno.ENOTDIR, errno.ELOOP)
raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "big.bin")
