# Corners: decorated async methods with super(), return through nested async with,
# break out of async for (the async generator is closed later by a task, as
# asyncio's finalizer hook does), asend of non-None first, awaits inside
# f-strings and comprehension conditions.
import asyncio, functools
def deco(f):
    @functools.wraps(f)
    async def w(*a):
        print("before"); r = await f(*a); print("after"); return r
    return w
class Base:
    async def hello(self): return "base"
class Child(Base):
    @deco
    async def hello(self):
        return "child+" + await super().hello()
async def ret_in_with():
    class CM:
        async def __aenter__(self): return self
        async def __aexit__(self, *a): print("aexit", a[0]); await asyncio.sleep(0)
    async with CM():
        async with CM():
            return f"{await asyncio.sleep(0, 'x')}-{1}"
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def loop_break():
    try:
        async for x in agen():
            try:
                break
            finally:
                print("inner finally")
    finally:
        print("outer finally")
async def main():
    print(await Child().hello())
    print(await ret_in_with())
    await loop_break()
    g = agen()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None))
    c = asyncio.sleep(0)
    try:
        c.throw(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit out")
    f = lambda: (x async for x in agen())
    print(type(f()).__name__)
    print([i for i in range(3) if await asyncio.sleep(0, True)])
    print(f"{await asyncio.sleep(0, 'fs')}")
    x = [await asyncio.sleep(0, i) for i in range(2)]
    print(x)
    await g.aclose()
asyncio.run(main())
