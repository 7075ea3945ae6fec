# checks sys._getframe([depth]) frame objects of calls: f_code, f_lineno (live), f_back
# down to the module, f_locals and f_globals, identity, class bodies, a frame whose
# call returned or raised (it keeps its last line, caller and locals),
# inspect.currentframe(), and the errors for a stack too shallow or a depth that is
# not an int, and for writing a frame's attributes
import sys


def walk():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def a():
    return walk()


def b():
    return a()


print(b())


def where():
    f = sys._getframe()
    print("in", f.f_code.co_name, "line", f.f_lineno)
    caller = sys._getframe(1)
    print("called from", caller.f_code.co_name, "line", caller.f_lineno)
    print(f.f_back is caller, sys._getframe(0) is f, sys._getframe(-3) is f)
    x = 1
    print(sorted(f.f_locals), f.f_lineno)
    return f


f = where()
print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, sorted(f.f_locals))
print(f.f_locals["f"] is f, f.f_locals["x"], f.f_locals["caller"].f_code.co_name)


class C:
    fr = sys._getframe()
    print(fr.f_code.co_name, "fr" in fr.f_locals, fr.f_back.f_code.co_name)


top = sys._getframe()
print("__name__" in top.f_locals, top.f_globals["__name__"], top.f_back)
print(repr(C.fr).startswith("<frame at 0x"), repr(C.fr).endswith(", code C>"))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)


def current():
    import inspect

    f = inspect.currentframe()
    return f is sys._getframe(), f.f_code.co_name, f.f_back.f_code.co_name


print(current())


def writes():
    fr = sys._getframe()
    for name in ["f_back", "f_code", "f_locals", "f_lasti", "f_globals", "nope", "f_lineno"]:
        try:
            setattr(fr, name, 3)
            print(name, "set")
        except (AttributeError, ValueError) as e:
            print(name, type(e).__name__, e)
    print(fr.f_trace)


writes()


def boom():
    global captured
    captured = sys._getframe()
    y = 5
    raise KeyError("k")


try:
    boom()
except KeyError:
    pass
print(captured.f_lineno, captured.f_locals["y"], captured.f_back.f_code.co_name)
