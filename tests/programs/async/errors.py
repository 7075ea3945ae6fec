# CPython's syntax errors for await and the async statements in the wrong place,
# and the errors of exceptions escaping tasks.
import asyncio

sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "def f():\n    async with x: pass",
    "def f():\n    async for a in x: pass",
    "async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    lambda: await x",
    "class C:\n    await x",
    "async def f():\n    def g(): await x",
    "async def f():\n    return (await x for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [[await x for x in y] for z in w]",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            yield x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src.replace("\n", " | "))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}):", src.replace("\n", " | "))


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    t = asyncio.create_task(bad(1))
    await asyncio.sleep(0.001)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print("awaiting re-raises:", e)
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises:", e)
    pending = asyncio.get_running_loop().create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        asyncio.Task(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.run(bad(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await bad(2)


try:
    asyncio.run(main())
except ValueError as e:
    print("run raised:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
