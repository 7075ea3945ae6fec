# os.environ as a mapping that writes through to the process's environment, with
# getenv/putenv, and the module's constants.
import os

os.environ["GENPY_TEST_VAR"] = "one"
print(os.environ["GENPY_TEST_VAR"], os.getenv("GENPY_TEST_VAR"), "GENPY_TEST_VAR" in os.environ)
print(os.environ.get("GENPY_NOT_SET"), os.environ.get("GENPY_NOT_SET", "dflt"), os.getenv("GENPY_NOT_SET", 5))
os.environ.setdefault("GENPY_TEST_VAR", "two")
os.environ.setdefault("GENPY_OTHER", "two")
print(os.environ["GENPY_TEST_VAR"], os.environ["GENPY_OTHER"])
print(os.environ.pop("GENPY_OTHER"), os.environ.pop("GENPY_OTHER", "gone"))
os.environ.update({"GENPY_A": "1"}, GENPY_B="2")
print(os.path.expandvars("$GENPY_A-${GENPY_B}-$GENPY_NOT_SET-${GENPY_NOT_SET}-$-x$"))
# (The names this program set: the test harness may set GENPY_DIFF and others.)
OURS = ("GENPY_A", "GENPY_B", "GENPY_TEST_VAR", "GENPY_OTHER")
print(sorted(k for k in os.environ if k in OURS))
print(sorted((k, v) for k, v in os.environ.items() if k in OURS))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(os.environ.copy()))
del os.environ["GENPY_A"]
print("GENPY_A" in os.environ, os.getenv("GENPY_A"))
try:
    os.environ["GENPY_A"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["GENPY_A"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["GENPY_C"] = 3
except TypeError as e:
    print(e)
try:
    os.environ[3]
except TypeError as e:
    print(e)
try:
    os.environ["A=B"] = "x"
except ValueError as e:
    print(e)
try:
    os.putenv("GENPY_D", "a\0b")
except ValueError as e:
    print(e)
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("a/~"))
print(repr(os.environ).startswith("environ({"), repr(os.environ.keys()).startswith("KeysView(environ({"))
print(os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, os.error is OSError)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.access(".", os.R_OK | os.W_OK), os.access("nope", os.F_OK))
print(os.strerror(2), os.strerror(13))
