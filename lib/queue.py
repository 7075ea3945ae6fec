"""Queues, as CPython's `queue` module: `Queue` (first in, first out), `LifoQueue`,
`PriorityQueue`, `SimpleQueue`, and the `Empty` and `Full` exceptions.

genpy runs one thread, so nothing can fill or drain a queue while a call waits: a
call that would wait with a timeout raises Empty or Full at once (as CPython does once
the timeout passes), and one that would wait forever raises NotImplementedError.
"""

import heapq
from collections import deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by a non-blocking get() (or one that timed out) on an empty queue."""

    __module__ = "_queue"


class Full(Exception):
    """Raised by a non-blocking put() (or one that timed out) on a full queue."""


def _would_wait_forever(what):
    return NotImplementedError(
        "queue: %s would wait forever (genpy runs a single thread)" % what)


def _check_timeout(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue of at most `maxsize` items (0 or less: no limit)."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken with get() as processed."""
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        """Returns once every item put has been marked done with task_done()."""
        if self.unfinished_tasks:
            raise _would_wait_forever("join() with unfinished tasks")

    def qsize(self):
        """The number of items in the queue."""
        return self._qsize()

    def empty(self):
        """Whether the queue holds no items."""
        return not self._qsize()

    def full(self):
        """Whether the queue holds `maxsize` items."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds `item`; raises Full when the queue is full and the call may not wait
        (or its timeout passes)."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _check_timeout(block, timeout)
            if block and timeout is None:
                raise _would_wait_forever("put() on a full queue")
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Removes and returns the next item; raises Empty when the queue is empty and
        the call may not wait (or its timeout passes)."""
        if not self._qsize():
            _check_timeout(block, timeout)
            if block and timeout is None:
                raise _would_wait_forever("get() on an empty queue")
            raise Empty
        return self._get()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that gives its smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the item put last first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    __class_getitem__ = classmethod(type(list[int]))

    __module__ = "_queue"

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Adds `item` (never waits: the queue is unbounded)."""
        self._queue.append(item)

    def put_nowait(self, item):
        """put(item)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Removes and returns the next item; raises Empty when the queue is empty and
        the call may not wait (or its timeout passes)."""
        if not self._queue:
            _check_timeout(block, timeout)
            if block and timeout is None:
                raise _would_wait_forever("get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue holds no items."""
        return not self._queue

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)
