"""asyncio's exceptions (``asyncio.exceptions``)."""

__all__ = (
    "CancelledError",
    "InvalidStateError",
    "TimeoutError",
    "QueueEmpty",
    "QueueFull",
)

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() when the queue is empty."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() when the queue is full."""
