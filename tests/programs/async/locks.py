# Lock, Event, Semaphore and Condition between tasks: who waits, who is woken,
# and in which order.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()

    async def waiter(name):
        print(name, "waits")
        await event.wait()
        print(name, "released")
        return name

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("set:", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks), event.is_set())
    event.clear()
    print("cleared:", event.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            print("limited", i, "running with", active)
            await asyncio.sleep(0)
            active -= 1

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak, sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "took", items.pop(0))

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for x in ["first", "second"]:
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
