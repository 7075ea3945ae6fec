# atexit, written from its documentation: functions registered to run when the
# interpreter exits normally, last registered first. genpy's shutdown calls
# _run_exitfuncs before it clears __main__; an exception in a callback is reported
# as CPython reports it and the others still run (the interpreter calls each
# callback itself through _pop_callback, so a traceback starts in the callback).

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while (entry := _pop_callback()) is not None:
        func, args, kwargs = entry
        func(*args, **kwargs)


def _pop_callback():
    # The callback to run next at exit, with its arguments, or None.
    if not _callbacks:
        return None
    func, args, kwargs = _callbacks.pop()
    return func, args, kwargs
