# The reprs of tasks and futures: state, name, where the coroutine is, what it
# waits for, the callbacks of a pending future.
import asyncio
async def w():
    await asyncio.sleep(0.01)
async def main():
    t = asyncio.create_task(w())
    print(t)
    await asyncio.sleep(0)
    print(t)
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(print)
    def cb(f): pass
    fut.add_done_callback(cb)
    print(fut)
    fut.cancel()
    await t
    print(t)
asyncio.run(main())
