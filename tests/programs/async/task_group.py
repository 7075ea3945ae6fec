# asyncio.TaskGroup: leaving the block waits for every task; a failure cancels the
# rest and comes out in an ExceptionGroup with the others that failed.
import asyncio


async def job(name, steps, fail=False):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            print(f"{name} step {i}")
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 2))
        b = tg.create_task(job("b", 1))
        print("block done; waiting")
    print("results", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 5))
            tg.create_task(job("bad", 1, fail=True))
            tg.create_task(job("also", 5))
            await asyncio.sleep(1)
            print("never printed")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 1, fail=True))
            tg.create_task(job("y", 1, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("early", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
