# collections.abc recognises coroutines, async generators and the awaitables of
# __await__; typing names the async protocols.
import collections.abc as cabc
import types
import typing


async def co():
    pass


async def ag():
    yield 1


def g():
    yield 1


class Ticket:
    def __await__(self):
        return iter([])


class Stream:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


c = co()
names = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
         "Iterable", "Iterator", "Generator"]
for obj in [c, ag(), g(), c.__await__(), Ticket(), Stream()]:
    print(type(obj).__name__, [n for n in names if isinstance(obj, getattr(cabc, n))])
print(issubclass(types.CoroutineType, cabc.Coroutine),
      issubclass(types.AsyncGeneratorType, cabc.AsyncGenerator),
      types.AsyncGeneratorType.__name__)
print(typing.AsyncIterator[int], typing.Awaitable[str], typing.AsyncIterable[bytes])
print(typing.Coroutine[None, None, int], typing.AsyncGenerator[int, None])


def f(x: typing.AsyncIterator[int]) -> typing.Coroutine[None, None, int]:
    pass


print(f.__annotations__)
c.close()
