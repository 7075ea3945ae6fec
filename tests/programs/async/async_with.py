# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__ and
# suppressed when it returns true, and every way of leaving the body.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def body_returns():
    async with Resource("r") as r:
        return f"returned from {r.name}"


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a.name, b.name)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    print(await body_returns())
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    try:
        async with Resource("outer"):
            async with Resource("inner", suppress=True):
                1 / 0
            raise RuntimeError("second")
    except RuntimeError as e:
        print("caught", e)

    class NoExit:
        async def __aenter__(self):
            return 1

    class SyncOnly:
        def __enter__(self):
            return 1

        def __exit__(self, *a):
            return False

    class BadEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            return False

    for obj in [NoExit(), SyncOnly(), BadEnter(), 3]:
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())


asyncio.run(main())
