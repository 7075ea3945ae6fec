# coroutines: await is a yield from over GetAwaitable's iterator; async for and
# async with await __anext__, __aenter__ and __aexit__
async def fetch(x):
    return x


async def main(source, lock):
    async with lock:
        async for item in source:
            await fetch(item)


async def ticks(n):
    for i in range(n):
        yield await fetch(i)
