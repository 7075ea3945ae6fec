"""The event loop: callbacks ready to run (a FIFO queue) and timers (a heap by
due time), on ``time.monotonic``; with nothing ready, the loop sleeps (really, with
``time.sleep``) until the next timer is due. ``get_event_loop`` and friends keep
the current and the running loop."""

import heapq
import math
import sys
import time
from collections import deque

__all__ = (
    "AbstractEventLoop",
    "Handle",
    "TimerHandle",
    "get_event_loop",
    "set_event_loop",
    "new_event_loop",
    "get_running_loop",
)

# The resolution of time.monotonic: a timer due within it counts as due now.
_CLOCK_RESOLUTION = 1e-09


def _callback_repr(callback, args=()):
    """A callback as CPython's messages show it: its name, the arguments, and where
    a Python function was defined."""
    shown_as = getattr(getattr(callback, "__func__", callback), "_asyncio_repr", None)
    if shown_as is not None:
        return shown_as
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if name is None:
        return repr(callback)
    shown = f"{name}({', '.join(repr(a) for a in args)})"
    code = getattr(getattr(callback, "__func__", callback), "__code__", None)
    if code is not None:
        shown += f" at {code.co_filename}:{code.co_firstlineno}"
    return shown


class Handle:
    """A callback with its arguments, scheduled on a loop (what ``call_soon``
    returns); ``cancel()`` keeps it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        return f"<{type(self).__name__}{state} {_callback_repr(self._callback, self._args)}>"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            shown = _callback_repr(self._callback, self._args)
            self._loop.call_exception_handler(
                {
                    "message": f"Exception in callback {shown}",
                    "exception": exc,
                    "handle": self,
                }
            )


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock (what ``call_later`` and
    ``call_at`` return); timers are ordered by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """genpy's event loop (no I/O: callbacks and timers only)."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._cancelled_timers = 0
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return (
            f"<{type(self).__name__} running={self.is_running()} "
            f"closed={self.is_closed()} debug={self.get_debug()}>"
        )

    # -- the clock and scheduling

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def create_future(self):
        from .futures import Future

        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task

        self._check_closed()
        return Task(coro, loop=self, name=name)

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError(
            "loop.run_in_executor() is not supported: genpy has no threads"
        )

    # -- running

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if not self._closed:
            self._closed = True
            self._ready.clear()
            self._scheduled.clear()

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _set_running_loop(self)
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        # A dropped, unfinished async generator is closed by a task of its own.
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        from . import futures, tasks

        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _drop_cancelled_timers(self):
        if self._cancelled_timers * 2 > len(self._scheduled) > 100:
            kept = []
            for timer in self._scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = kept
            self._cancelled_timers = 0
            return
        while self._scheduled and self._scheduled[0]._cancelled:
            self._cancelled_timers -= 1
            heapq.heappop(self._scheduled)._scheduled = False

    def _run_once(self):
        """One iteration: wait for the first timer when nothing is ready, move the
        due timers to the ready queue, then run the callbacks ready now (those they
        schedule wait for the next iteration)."""
        self._drop_cancelled_timers()
        if not self._ready and not self._stopping:
            if not self._scheduled:
                raise RuntimeError(
                    "the event loop has nothing to run: every task waits for a future "
                    "no callback or timer will complete"
                )
            delay = self._scheduled[0]._when - self.time()
            if delay > 0:
                # In whole milliseconds, rounded up, as CPython's selector waits:
                # the timers due within that millisecond run in one iteration.
                time.sleep(math.ceil(delay * 1e3) * 1e-3)
        end = self.time() + _CLOCK_RESOLUTION
        while self._scheduled and self._scheduled[0]._when < end:
            timer = heapq.heappop(self._scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    async def shutdown_asyncgens(self):
        """Async generators still alive are closed when their last reference goes
        (genpy keeps no list of them to close here)."""

    async def shutdown_default_executor(self):
        """There is no executor."""

    # -- errors

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        print("\n".join(lines), file=sys.stderr)
        exc = context.get("exception")
        if exc is not None:
            import traceback

            traceback.print_exception(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _stop_loop_of(future):
    future.get_loop().stop()


class _Loops:
    """The current loop (``get_event_loop``) and the running one."""

    current = None
    running = None
    # set_event_loop was called: get_event_loop no longer makes a loop.
    set_called = False


def _get_running_loop():
    return _Loops.running


def _set_running_loop(loop):
    _Loops.running = loop


def get_running_loop():
    """The running event loop; RuntimeError when none runs."""
    loop = _Loops.running
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop, else the current one (made on first use)."""
    if _Loops.running is not None:
        return _Loops.running
    if _Loops.current is None:
        if _Loops.set_called:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _Loops.current = new_event_loop()
    return _Loops.current


def set_event_loop(loop):
    _Loops.set_called = True
    _Loops.current = loop


def new_event_loop():
    return BaseEventLoop()
