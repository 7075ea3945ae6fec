import sys
import traceback


class Capture:
    """A file that prints what is written to it, with the program's path hidden."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def show(self):
        print(clean("".join(self.parts)), end="")
        self.parts = []


def clean(text):
    return text.replace(__file__, "PROG")


out = Capture()


def inner(x):
    return {"a": 1}[x]


def outer(x):
    try:
        return inner(x)
    except KeyError as e:
        raise ValueError("lookup failed for " + repr(x)) from e


try:
    outer("zz")
except ValueError:
    text = traceback.format_exc()
    print(clean(text), end="")
    print("---")
    traceback.print_exc(file=out)
    out.show()

try:
    [1, 2][5]
except IndexError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(clean("".join(lines)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
    traceback.print_exception(e, file=out)
    out.show()

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))

class MyError(Exception):
    pass

try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    print(clean(traceback.format_exc()), end="")


def show_stack():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    print(clean("".join(traceback.format_stack())), end="")
    traceback.print_stack(file=out)
    out.show()


def caller():
    show_stack()


caller()
print(traceback.format_list([("f.py", 3, "g", "x = 1")]), end="")
