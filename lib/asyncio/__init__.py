"""genpy's asyncio: an event loop of callbacks and timers (no I/O), tasks,
futures, queues, locks and timeouts, written from CPython 3.11's documentation.
Tasks run in CPython's order: the ready queue is first in, first out, and a task
created now takes its first step at the loop's next iteration."""

from .coroutines import iscoroutine, iscoroutinefunction
from .events import (
    AbstractEventLoop,
    Handle,
    TimerHandle,
    get_event_loop,
    get_running_loop,
    new_event_loop,
    set_event_loop,
)
from .exceptions import (
    CancelledError,
    InvalidStateError,
    QueueEmpty,
    QueueFull,
    TimeoutError,
)
from .futures import Future, isfuture, wrap_future
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue
from .runners import Runner, run
from .taskgroups import TaskGroup
from .tasks import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    Task,
    all_tasks,
    as_completed,
    create_task,
    current_task,
    ensure_future,
    gather,
    shield,
    sleep,
    wait,
    to_thread,
    wait_for,
)
from .timeouts import Timeout, timeout, timeout_at
