"""``asyncio.timeout(delay)`` and ``timeout_at(when)``: an async context manager
that cancels the task running it when the time is up, and turns that
cancellation into TimeoutError on the way out."""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ("Timeout", "timeout", "timeout_at")

_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """The context manager `timeout` returns."""

    def __init__(self, when):
        self._state = _CREATED
        self._timer = None
        self._task = None
        self._when = when

    def __repr__(self):
        info = [self._state]
        if self._state == _ENTERED:
            info.append(f"when={self._when:.3f}" if self._when is not None else "when=None")
        return f"<Timeout [{' '.join(info)}]>"

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
        if when is None:
            self._timer = None
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            self._timer = loop.call_soon(self._on_timeout)
        else:
            self._timer = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timer = None


def timeout(delay):
    """Times out `delay` seconds from now (None: never, until rescheduled)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Times out at `when`, a time of the loop's clock."""
    return Timeout(when)
