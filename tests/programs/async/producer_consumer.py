# Producers and consumers on asyncio queues: FIFO, LIFO and priority queues,
# bounded puts that wait, task_done/join, and the Empty/Full errors. The tasks
# interleave by sleep(0) alone, so the order is the ready queue's.
import asyncio


async def producer(name, q, items, pause):
    for item in items:
        for _ in range(pause):
            await asyncio.sleep(0)
        await q.put(item)
        print(f"{name} put {item!r} (size {q.qsize()})")
    print(f"{name} done")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append(item)
        print(f"{name} got {item!r}")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    producers = [
        asyncio.create_task(producer("p1", q, [1, 2, 3], 1)),
        asyncio.create_task(producer("p2", q, ["x", "y"], 2)),
    ]
    await asyncio.gather(*producers)
    await q.join()
    print("all processed:", sorted(map(str, seen)))
    for c in consumers:
        c.cancel()
    print(await asyncio.gather(*consumers, return_exceptions=True))

    lifo = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lifo.put_nowait(x)
        pq.put_nowait((x, f"job{x}"))
    print([lifo.get_nowait() for _ in range(3)])
    print([(await pq.get())[1] for _ in range(3)])

    small = asyncio.Queue(1)
    small.put_nowait("only")
    print(small.full(), small.empty(), small.maxsize, str(small))
    try:
        small.put_nowait("more")
    except asyncio.QueueFull:
        print("QueueFull")
    small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)

    waiting = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.005)
        waiting.put_nowait("late")

    asyncio.create_task(late_put())
    print("waited for", await waiting.get())


asyncio.run(main())
