# contextlib's tools: suppress, closing, nullcontext, ExitStack (enter_context,
# push, callback, pop_all, close, LIFO order, suppression and replacement of
# exceptions), and ContextDecorator.
from contextlib import suppress, closing, nullcontext, ExitStack, ContextDecorator, contextmanager

with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ValueError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress(LookupError):
    {}["subclass"]
print("suppressed a subclass")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass
print("empty suppress")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
try:
    with closing(Resource("net")):
        raise OSError("down")
except OSError as e:
    print("OSError:", e)

with nullcontext() as n:
    print("nullcontext gives", n)
with nullcontext(42) as n:
    print("nullcontext gives", n)


def process(data, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(data)


print(process([1, 2, 3]))


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="=")
    print("entered", names)
print("stack closed")

with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("boom")
print("suppressed by the middle one")

try:
    with ExitStack() as stack:
        stack.enter_context(CM("x"))
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


def failing_callback():
    raise RuntimeError("callback failed")


try:
    with ExitStack() as stack:
        stack.enter_context(CM("sees the new error"))
        stack.callback(failing_callback)
        raise ValueError("original")
except RuntimeError as e:
    print("replaced:", e, "context:", repr(e.__context__))


def exit_func(typ, val, tb):
    print("exit function saw", typ.__name__ if typ else None)
    return True


with ExitStack() as stack:
    stack.push(exit_func)
    stack.push(CM("pushed"))
    raise TypeError("t")
print("exit function suppressed")

stack = ExitStack()
stack.enter_context(CM("kept"))
stack.callback(lambda: print("callback moved"))
moved = stack.pop_all()
stack.close()
print("old stack closed")
moved.close()
print("moved stack closed")

with ExitStack() as stack:
    files = []
    for i in range(3):
        files.append(stack.enter_context(CM(f"file{i}")))
    rest = stack.pop_all()
print("kept open:", files)
rest.close()

cb = ExitStack().callback(len, [1])
print(cb is len)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)


class HalfCM:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(HalfCM())
except TypeError as e:
    print("TypeError:", e)


class traced(ContextDecorator):
    def __enter__(self):
        print("traced enter")
        return self

    def __exit__(self, *exc):
        print("traced exit", exc[0].__name__ if exc[0] else None)
        return False


@traced()
def compute(x):
    print("computing", x)
    return x + 1


print(compute(1))
with traced():
    print("as a with")


@contextmanager
def section(title):
    print(f"== {title}")
    yield
    print(f"== end {title}")


with ExitStack() as stack:
    for t in ["one", "two"]:
        stack.enter_context(section(t))
    print("both open")
