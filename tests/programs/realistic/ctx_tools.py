import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import io
import os
import tempfile

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} swallowed KeyError {e}")
    finally:
        print(f"</{name}>")

with tag("a") as t, tag("b"):
    print("  inside", t)
with tag("x"):
    raise KeyError("k")
try:
    with tag("y"):
        raise ValueError("v")
except ValueError as e:
    print("escaped:", e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "pqr"]
    stack.callback(print, "callback ran", 42)
    stack.push(lambda *e: print("pushed exit sees", e[0]))
    print("using", [r.name for r in rs])

def gen_files():
    with ExitStack() as stack:
        names = []
        for i in range(3):
            f = stack.enter_context(tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False))
            names.append(f.name)
            f.write(f"line {i}\n")
        yield len(names)
        for n in names:
            os.unlink(n)
        yield all(not os.path.exists(n) for n in names)
print(list(gen_files()))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with closing(Resource("c")) as r:
    print("closing ctx has", r.name)
with nullcontext(5) as v:
    print("null", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated():
    print("  in decorated")
decorated()

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.txt")
    with open(p, "w") as fh:
        fh.writelines(f"{i}\n" for i in range(5))
    with open(p) as fh:
        print(sum(int(line) for line in fh), os.listdir(d))
print(os.path.exists(d))

class Stack(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("abstract exit")
with Stack() as s:
    print(type(s).__name__)
