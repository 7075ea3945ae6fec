"""Threads, as CPython's `threading` module presents them, run one at a time.

genpy's interpreter has one thread of execution: `Thread.start()` runs the thread's
`run()` to its end before returning, which is one of the schedules CPython may
choose. Locks, events, conditions and semaphores behave as they do when nothing
else runs at the same time: a call that would wait with a timeout waits that long
and gives up, and one that would wait forever (for another thread to act) raises
NotImplementedError naming what it waited for.
"""

import sys as _sys
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def _would_wait_forever(what):
    return NotImplementedError(
        f"threading: {what} would wait forever (genpy runs threads one at a time)")


def _wait(timeout):
    if timeout is not None and timeout > 0:
        _time.sleep(timeout)


class _LockBase:
    def __init__(self):
        self._owner = None
        self._count = 0

    def locked(self):
        return self._count > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Lock(_LockBase):
    def acquire(self, blocking=True, timeout=-1):
        if self._count:
            if not blocking:
                return False
            if timeout is not None and timeout >= 0:
                _wait(timeout)
                return False
            raise _would_wait_forever("acquiring a lock already held")
        self._count = 1
        return True

    acquire_lock = acquire

    def release(self):
        if not self._count:
            raise RuntimeError("release unlocked lock")
        self._count = 0

    release_lock = release

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


class RLock(_LockBase):
    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking:
                return False
            raise _would_wait_forever("acquiring an RLock another thread holds")
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner or 0} "
                f"count={self._count} at {id(self):#x}>")


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        if timeout is None:
            raise _would_wait_forever("Condition.wait() without a timeout")
        _wait(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _would_wait_forever("Condition.wait_for() on a false predicate")
        _wait(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            if not blocking:
                return False
            if timeout is not None:
                _wait(timeout)
                return False
            raise _would_wait_forever("acquiring a semaphore at zero")
        self._value -= 1
        return True

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        super().release(n)


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _would_wait_forever("Event.wait() on an event nobody can set")
        _wait(timeout)
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False
        self._action = action

    def wait(self, timeout=None):
        if self.parties == 1:
            if self._action:
                self._action()
            return 0
        raise _would_wait_forever("Barrier.wait() for other threads")

    def reset(self):
        self.broken = False

    def abort(self):
        self.broken = True


_counter = 0
_threads = {}
_main_ident = 1
_current = [None]


def _new_name(target):
    global _counter
    _counter += 1
    name = f"Thread-{_counter}"
    if target is not None:
        name += f" ({getattr(target, '__name__', '?')})"
    return name


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name) if name is not None else _new_name(target)
        self._daemonic = current_thread().daemon if daemon is None and _current[0] else bool(daemon)
        self._ident = None
        self._started = False
        self._stopped = False
        self._initialized = True

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = id(self)
        _threads[self._ident] = self
        previous = _current[0]
        _current[0] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _current[0] = previous
            self._stopped = True
            del _threads[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def is_alive(self):
        return self._started and not self._stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._started = True
        self._ident = _main_ident

    def __repr__(self):
        return f"<_MainThread(MainThread, started {self._ident})>"


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook

_main = _MainThread()
_threads[_main_ident] = _main


def current_thread():
    return _current[0] or _main


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


get_native_id = get_ident


def active_count():
    return len(_threads)


activeCount = active_count


def enumerate():
    return list(_threads.values())


class local:
    pass


def stack_size(size=0):
    return 0


def settrace(func):
    _sys.settrace(func) if hasattr(_sys, "settrace") else None


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None
