"""``asyncio.iscoroutine`` and ``iscoroutinefunction``."""

import inspect

from .tasks import iscoroutine

__all__ = ("iscoroutine", "iscoroutinefunction")


def iscoroutinefunction(func):
    """True for a coroutine function (`async def`)."""
    return inspect.iscoroutinefunction(func)
