"""Tasks (a coroutine driven by the loop: each step is a ``send`` or a ``throw``
into it, run as a loop callback; awaiting a pending future parks the task until
the future's done callback schedules the next step) and the functions built on
them: ``sleep``, ``gather``, ``wait_for``, ``wait``, ``as_completed``,
``shield``."""

import collections.abc
import functools
import inspect
import types

from . import events
from .exceptions import CancelledError, InvalidStateError
from .futures import Future, _set_result_unless_cancelled, isfuture

__all__ = (
    "Task",
    "create_task",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "wait",
    "wait_for",
    "as_completed",
    "sleep",
    "gather",
    "shield",
    "ensure_future",
    "current_task",
    "all_tasks",
    "to_thread",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class _Registry:
    """Every task not yet seen done, the task each loop runs now, and the counter
    naming tasks."""

    tasks = []
    current = {}
    made = 0


def iscoroutine(obj):
    """True for a coroutine, an object of the Coroutine ABC (an async generator's
    awaitables), or a generator (as CPython 3.11 still accepts)."""
    return (
        inspect.iscoroutine(obj)
        or inspect.isgenerator(obj)
        or isinstance(obj, collections.abc.Coroutine)
    )


def _format_coroutine(coro):
    name = getattr(coro, "__qualname__", None) or type(coro).__name__
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is None:
        return f"{name}()"
    if frame is None:
        return f"{name}() done, defined at {code.co_filename}:{code.co_firstlineno}"
    if inspect.iscoroutine(coro) and inspect.getcoroutinestate(coro) == "CORO_CREATED":
        line = code.co_firstlineno
    else:
        line = frame.f_lineno
    return f"{name}() running at {code.co_filename}:{line}"


class Task(Future):
    """A coroutine scheduled on the loop, as a Future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _Registry.made += 1
            name = f"Task-{_Registry.made}"
        self._name = str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        if len(_Registry.tasks) > 64:
            _Registry.tasks = [t for t in _Registry.tasks if not t.done()]
        _Registry.tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = "cancelling"
        info.insert(1, f"name={self._name!r}")
        info.insert(2, f"coro=<{_format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def __del__(self):
        if getattr(self, "_log_traceback", False):
            self._loop.call_exception_handler(
                {
                    "message": "Task exception was never retrieved",
                    "exception": self._exception,
                    "future": self,
                }
            )

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Asks the task to stop: CancelledError is thrown into its coroutine at its
        next step (into the future it awaits, if any)."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            self._log_traceback = False
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._suspend_on(result)
        finally:
            _leave_task(self._loop, self)

    def _suspend_on(self, result):
        """What the coroutine yielded: a future to wait for, or None (a bare yield:
        the task steps again at the next iteration)."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                error = RuntimeError(
                    f"Task {self!r} got Future {result!r} attached to a different loop"
                )
                self._loop.call_soon(self._step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f"Task cannot await on itself: {self!r}")
                    self._loop.call_soon(self._step, error)
                    return
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                error = RuntimeError(
                    f"yield was used instead of yield from in task {self!r} with {result!r}"
                )
                self._loop.call_soon(self._step, error)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    # How a future waited for shows the task's callback (CPython's C task's name).
    _wakeup._asyncio_repr = "Task.task_wakeup()"


def _enter_task(loop, task):
    running = _Registry.current.get(loop)
    if running is not None:
        raise RuntimeError(
            f"Cannot enter into task {task!r} while another task {running!r} is being "
            "executed."
        )
    _Registry.current[loop] = task


def _leave_task(loop, task):
    _Registry.current.pop(loop, None)


def current_task(loop=None):
    """The task running on `loop` (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _Registry.current.get(loop)


def all_tasks(loop=None):
    """The tasks of `loop` (the running loop by default) not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    _Registry.tasks = [t for t in _Registry.tasks if not t.done()]
    return {t for t in _Registry.tasks if t._loop is loop}


def create_task(coro, *, name=None, context=None):
    """Schedules `coro` on the running loop; it starts at the loop's next iteration."""
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine as a new task; an awaitable as a task
    awaiting it."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


@types.coroutine
def _sleep0():
    yield


async def sleep(delay, result=None):
    """Suspends the task for `delay` seconds (0: until the loop's next iteration)."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    """Cancels `fut` and waits until it is done (it may catch the cancellation)."""
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """The result of `fut`, cancelling it and raising TimeoutError when it takes
    longer than `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks of `fs` (all, the first, or the first to
    fail); returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)

    def on_completion(f):
        nonlocal left
        left -= 1
        failed = not f.cancelled() and f.exception() is not None
        if left <= 0 or return_when == FIRST_COMPLETED or (return_when == FIRST_EXCEPTION and failed):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of `fs` in the order they
    complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue

    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _GatheringFuture(Future):
    """The future `gather` returns: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of the awaitables, in their order; the first
    exception is its exception unless `return_exceptions`, which puts exceptions
    among the results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    futures_of = {}
    loop = None
    outer = None
    total = 0
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == total:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    res = CancelledError("" if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in futures_of:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            total += 1
            futures_of[arg] = fut
            fut.add_done_callback(child_done)
        else:
            fut = futures_of[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


async def to_thread(func, *args, **kwargs):
    """Not supported: genpy runs no threads."""
    raise NotImplementedError("asyncio.to_thread() is not supported: genpy has no threads")


def shield(arg):
    """A future of `arg`'s result that cancelling does not pass on to `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer
