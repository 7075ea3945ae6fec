# Async generators: async for over them, __anext__/asend/athrow/aclose by hand,
# async comprehensions, async generator expressions, and their errors.
import asyncio
import inspect


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"ticker({n}) finally")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("echo got", value)
    except KeyError as e:
        print("echo caught", repr(e))
        yield "after KeyError"
    finally:
        print("echo closing with", received)


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def main():
    async for i in ticker(3):
        print("tick", i)
    else:
        print("for-else after ticker")
    async for i in ticker(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("tick", i)
    print([i async for i in ticker(3, 0.001)])
    print({i: i * i async for i in Countdown(3)})
    print({i async for i in Countdown(4) if i % 2})
    print([j async for i in ticker(2) for j in range(i + 2)])
    print([(i, j) async for i in Countdown(2) async for j in Countdown(2)])

    async def double(x):
        await asyncio.sleep(0)
        return 2 * x

    print([await double(i) for i in range(3)])
    print([await double(i) async for i in Countdown(3)])
    gen = (await double(i) for i in range(3))
    print(type(gen).__name__, [x async for x in gen])

    e = echo()
    print(type(e).__name__, inspect.isasyncgen(e), repr(e).startswith("<async_generator object echo at 0x"))
    print("first", await e.__anext__())
    print("asend", await e.asend("hello"))
    print("asend", await e.asend("world"))
    print("athrow", await e.athrow(KeyError("stop")))
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    t = ticker(3)
    print(await t.__anext__())
    await t.aclose()

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration

    try:
        async for _ in raises_stop():
            pass
    except RuntimeError as err:
        print("RuntimeError:", err)

    aw = e.__anext__()
    print(type(aw).__name__)
    try:
        await aw
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    try:
        await aw
    except RuntimeError as err:
        print("RuntimeError:", err)

    try:
        async for _ in 5:
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        for _ in ticker(1):
            pass
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
print(inspect.isasyncgenfunction(ticker), inspect.isasyncgenfunction(main))
