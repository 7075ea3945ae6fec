# A coroutine driven by hand: send, throw, close, the cr_* attributes, and the
# errors of misuse, as CPython reports them.
import inspect
import types


class Suspend:
    """An awaitable whose __await__ is a generator: it yields to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return f"{self.label} got {got}"


async def child(n):
    a = await Suspend(f"child{n}-a")
    b = await Suspend(f"child{n}-b")
    return [a, b]


async def parent():
    print("parent starts")
    try:
        r = await child(1)
        print("child returned", r)
    except KeyError as e:
        print("parent caught", repr(e))
    r = await child(2)
    return r


c = parent()
print(type(c).__name__, repr(c).startswith("<coroutine object parent at 0x"))
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(parent), inspect.isawaitable(c))
print(inspect.getcoroutinestate(c))
print("yielded", c.send(None))
print("cr_await is a", type(c.cr_await).__name__, inspect.getcoroutinestate(c))
print("yielded", c.send("x"))
print("yielded", c.throw(KeyError("k")))
print("yielded", c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
for resume in [lambda: c.send(None), lambda: c.throw(ValueError("v"))]:
    try:
        resume()
    except RuntimeError as e:
        print("RuntimeError:", e)
c.close()


async def guarded():
    try:
        await Suspend("waiting")
    finally:
        print("finally runs on close")


g = guarded()
g.send(None)
g.close()
print(inspect.getcoroutinestate(g))


async def answer():
    return 42


a = answer()
w = a.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

for bad in [1, "s", None]:
    async def use(x=bad):
        return await x

    try:
        use().send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 3


class CoroAwait:
    def __await__(self):
        return answer()


for obj in [BadAwait(), CoroAwait()]:
    async def use(x=obj):
        return await x

    try:
        use().send(None)
    except TypeError as e:
        print("TypeError:", e)


def plain_gen():
    yield 1


async def await_gen():
    await plain_gen()


try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)

for probe in ["next", "iter", "for"]:
    co = answer()
    try:
        if probe == "next":
            next(co)
        elif probe == "iter":
            iter(co)
        else:
            for _ in co:
                pass
    except TypeError as e:
        print("TypeError:", e)
    co.close()


def yields_coro():
    yield from answer()


try:
    list(yields_coro())
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def legacy():
    sent = yield "legacy"
    return sent * 2


async def uses_legacy():
    return await legacy()


u = uses_legacy()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print("legacy result", e.value)


async def raises_stop():
    raise StopIteration("x")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def awaited_twice(co):
    await co
    await co


inner = answer()
try:
    awaited_twice(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(types.CoroutineType is type(inner))
