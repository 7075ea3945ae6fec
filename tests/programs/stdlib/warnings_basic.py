import sys
import warnings


class Capture:
    """A stderr stand-in that prints what is written to it, the program's path hidden."""

    def write(self, text):
        print(text.replace(__file__, "PROG"), end="")

    def flush(self):
        pass


sys.stderr = Capture()


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("helper warns")


for i in range(3):
    helper()
    warnings.warn("loop warning")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
old_api()
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("far up", stacklevel=10)

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("caught", type(e).__name__, e)
warnings.resetwarnings()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", FutureWarning)
    warnings.warn("dep", DeprecationWarning)
print(len(log))
for w in log:
    print(w.category.__name__, w.message, w.lineno, type(w.message).__name__)
    print(str(w).replace(__file__, "PROG"))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", message="KEEP", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this as user")
print([str(w.message) for w in log])

warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
    warnings.warn("once only")

warnings.simplefilter("always", UserWarning)
for i in range(2):
    warnings.warn("every time")

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "")))

try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print(e)


def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


warnings.showwarning = show
warnings.warn("through custom")
