# wait_for, wait, as_completed and timeout(): what finishes in time, what is
# cancelled when time runs out, and the TimeoutError (the builtin one in 3.11).
import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
        return "stubborn value"


async def main():
    print(await asyncio.wait_for(work("quick", 0.005), timeout=0.25))
    try:
        await asyncio.wait_for(work("slow", 0.25), timeout=0.025)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(stubborn(), timeout=0.025))
    print(await asyncio.wait_for(work("no limit", 0), timeout=None))

    tasks = [asyncio.create_task(work(f"w{i}", d)) for i, d in enumerate([0.25, 0.005, 0.15])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("after timeout:", len(done), len(pending))
    for t in tasks:
        if t in pending:
            t.cancel()
    done, pending = await asyncio.wait(tasks)
    print("all:", len(done), len(pending), sorted(t.cancelled() for t in done))

    async def boom():
        await asyncio.sleep(0.005)
        raise KeyError("boom")

    tasks = [asyncio.create_task(boom()), asyncio.create_task(work("bystander", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    await asyncio.wait(pending)

    order = []
    for fut in asyncio.as_completed([work("c", 0.15), work("a", 0.005), work("b", 0.075)]):
        order.append(await fut)
    print(order)

    try:
        async with asyncio.timeout(0.025) as cm:
            await work("inside timeout", 0.25)
    except TimeoutError:
        print("timeout() expired:", cm.expired())
    async with asyncio.timeout(0.25) as cm:
        await asyncio.sleep(0.005)
    print("timeout() not expired:", cm.expired())

    for bad in [[], 5]:
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
