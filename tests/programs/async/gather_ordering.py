# The order tasks run in: a created task starts at the loop's next iteration,
# the ready queue is FIFO, done callbacks are scheduled in the order added, and
# gather returns results in argument order whatever order they finish in.
import asyncio


async def step(name, n):
    for i in range(n):
        print(f"{name}:{i}")
        await asyncio.sleep(0)
    return name.upper()


async def after(delay, value, log):
    await asyncio.sleep(delay)
    log.append(value)
    return value


async def fails(delay, message):
    await asyncio.sleep(delay)
    raise ValueError(message)


async def main():
    print("main starts")
    t1 = asyncio.create_task(step("a", 3))
    t2 = asyncio.create_task(step("b", 2), name="second")
    print("tasks created", t1.get_name(), t2.get_name(), t1.done())
    await asyncio.sleep(0)
    print("main after one yield")
    print(await asyncio.gather(t1, t2, step("c", 1)))

    log = []
    results = await asyncio.gather(after(0.04, "slow", log), after(0.0, "fast", log), after(0.02, "mid", log))
    print("results", results, "finish order", log)

    print(await asyncio.gather(fails(0, "one"), after(0.001, "ok", log), return_exceptions=True))
    try:
        await asyncio.gather(after(0.01, "late", log), fails(0, "first error"))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())

    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    asyncio.get_running_loop().call_soon(print, "call_soon before set_result")
    fut.set_result(7)
    print("set_result returned; callbacks pending")
    await asyncio.sleep(0)
    print("after sleep(0):", fut.done(), fut.result())

    loop = asyncio.get_running_loop()
    loop.call_later(0.04, print, "later 0.04")
    loop.call_later(0.02, print, "later 0.02")
    h = loop.call_later(0.03, print, "cancelled timer")
    h.cancel()
    loop.call_soon(print, "soon")
    await asyncio.sleep(0.05)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    return "end"


print(asyncio.run(main()))


async def compute(x):
    await asyncio.sleep(0)
    return x * 10


loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(4)))
try:
    asyncio.gather(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
