import traceback
import sys

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError, LookupError):
    pass

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(404, f"no key {k!r}") from e

def gen_lookup(d, keys):
    for k in keys:
        try:
            yield lookup(d, k)
        except NotFound as e:
            yield e

res = list(gen_lookup({"a": 1}, ["a", "b"]))
print(res, repr(res[1]), res[1].code, isinstance(res[1], LookupError))
print(type(res[1].__cause__).__name__, res[1].__cause__, res[1].__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
try:
    lookup({}, "zz")
except AppError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(e.args, str(e), repr(e))
def g():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on close")
        raise
it = g(); next(it); it.close()
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
class Err(Exception): pass
try:
    raise Err
except Err as e:
    print(repr(e), str(e) == "", e.args)
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError("x", 2)), repr(OSError(2, "No such file")))
print(str(OSError(2, "No such file")), FileNotFoundError(2, "gone", "f.txt"))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    f = lambda x: x
    f(1, 2)
except TypeError as e:
    print(e)
e = ValueError("note me")
e.add_note("extra info")
print(e.__notes__)
try:
    def inner(): raise RuntimeError("deep")
    def outer(): inner()
    outer()
except RuntimeError as ex:
    ex.add_note("while testing notes")
    print(traceback.format_exc().splitlines()[-2:])
