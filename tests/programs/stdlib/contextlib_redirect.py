import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("inside")
    print(target is buf)
print("captured:", repr(buf.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("captured:", repr(err.getvalue()))


def noisy_stage(items):
    for i in items:
        print("processing", i)
        yield i * 2


out = io.StringIO()
with contextlib.redirect_stdout(out):
    total = sum(noisy_stage(range(3)))
print(total, out.getvalue().splitlines())
print(sys.stdout is sys.__stdout__)


class Resource(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("closed")


with Resource() as r:
    print(type(r).__name__)
