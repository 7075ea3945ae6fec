# contextlib.contextmanager's rules: the body's exception is thrown in at the
# yield; caught and finished means suppressed, re-raised or replaced means it
# propagates; the three "generator didn't ..." errors; StopIteration from the body;
# use as a decorator; the value bound by `as`.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("body", t)
print(tag.__name__)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(ValueError):
    raise ValueError("bad value")
print("after swallow")

try:
    with swallow(ValueError):
        raise KeyError("not mine")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        print("saw it, re-raising")
        raise


try:
    with reraise():
        1 / 0
except ZeroDivisionError as e:
    print("caught outside:", e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e


try:
    with translate():
        {}["k"]
except LookupError as e:
    print("translated:", e, "cause:", repr(e.__cause__))


@contextmanager
def no_yield():
    if False:
        yield
    print("returns without yielding")


try:
    with no_yield():
        print("never here")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        print("handling, then yielding again")
        yield


try:
    with yields_after_throw():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def plain():
    yield "plain"


try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration propagates:", e)


@contextmanager
def catches_stop():
    try:
        yield
    except StopIteration:
        print("generator caught StopIteration")


with catches_stop():
    raise StopIteration("stop")
print("suppressed StopIteration")


@contextmanager
def stops_itself():
    try:
        yield
    except ValueError:
        return


with stops_itself():
    raise ValueError("ends the generator")
print("return in except suppresses")


def gen_in_body():
    with plain():
        yield 1
        raise StopIteration


try:
    print(list(gen_in_body()))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with plain():
        raise RuntimeError("body error")
except RuntimeError as e:
    print("same RuntimeError:", e)


@contextmanager
def counting(log):
    log.append("enter")
    yield len(log)
    log.append("exit")


log = []


@counting(log)
def work(x):
    log.append(f"work {x}")
    return x * 2


print(work(1), work(2), log)

cm = plain()
with cm as v:
    print(v)
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__ + ":", e)


@contextmanager
def nested(level):
    print("  " * level + f"enter {level}")
    yield level
    print("  " * level + f"exit {level}")


with nested(0), nested(1) as b, nested(2) as c:
    print("inside", b, c)


@contextmanager
def finally_only():
    try:
        yield
    finally:
        print("cleanup ran")


for exc in [None, TypeError("t")]:
    try:
        with finally_only():
            if exc:
                raise exc
            print("no error")
    except TypeError as e:
        print("TypeError:", e)
