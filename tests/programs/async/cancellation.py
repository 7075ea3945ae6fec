# Cancelling tasks: CancelledError thrown in at the await, finally blocks run,
# a task may catch it, cancel messages, cancelling a finished task, and
# cancellation passing through nested awaits and gather.
import asyncio


async def sleeper(name, log):
    try:
        log.append(f"{name} sleeping")
        await asyncio.sleep(1)
        log.append(f"{name} woke")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")


async def nested(log):
    try:
        await sleeper("inner", log)
    finally:
        log.append("outer finally")


async def survivor():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("survivor caught it and returns")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(sleeper("t", log))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raises CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print("cancel again ->", t.cancel())

    log = []
    t = asyncio.create_task(nested(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)

    t = asyncio.create_task(survivor())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(sleeper("never started", []))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before its first step:", t.cancelled())

    log = []
    children = [asyncio.create_task(sleeper(f"g{i}", log)) for i in range(2)]
    outer = asyncio.gather(*children)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled; children:", [c.cancelled() for c in children])
    print(sorted(log))

    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    print(fut.cancelled(), repr(fut))
    try:
        fut.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled future raises")
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(repr(done), done.cancel())
    try:
        done.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    async def shielded():
        await asyncio.sleep(0.005)
        return "shielded result"

    inner = asyncio.create_task(shielded())
    outer = asyncio.shield(inner)
    outer.cancel()
    print("outer cancelled:", outer.cancelled(), "inner result:", await inner)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover task cancelled at shutdown")


async def leaves_a_task():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "main returns first"


print(asyncio.run(leaves_a_task()))
