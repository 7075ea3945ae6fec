# contextlib, written from its documentation: contextmanager (generator-based
# context managers, also usable as decorators), ContextDecorator, suppress, closing,
# nullcontext, ExitStack, AbstractContextManager, redirect_stdout and redirect_stderr.
# genpy keeps no tracebacks, so None stands for them.

import functools as _functools
import sys


class AbstractContextManager:
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class _RedirectStream:
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ContextDecorator:
    # A context manager that can also decorate a function: each call of the
    # function runs inside `with self._recreate_cm():`.
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_functools.wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class _GeneratorContextManager(ContextDecorator):
    # The object a @contextmanager function returns: the generator runs up to its
    # yield on __enter__, and the rest on __exit__.
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        # A decorated function makes a fresh generator for each call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Entered once only: the recipe for a fresh generator goes.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed, unless
            # what stopped it is the very StopIteration raised in the body.
            return exc is not value
        except RuntimeError as exc:
            # The exception itself, or a StopIteration from the body that the
            # generator turned into RuntimeError, propagates as it was raised.
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @_functools.wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


class suppress:
    # Suppresses the given exception types (and their subclasses) in its body.
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    # Calls thing.close() on the way out.
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    # Does nothing; `as` gets enter_result.
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


def _protocol_error(cm):
    cls = type(cm)
    return TypeError(
        f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
        "context manager protocol"
    )


class ExitStack:
    # A stack of exit callbacks, run last-in first-out when the stack closes; each
    # sees the exception the previous ones left (None once one suppressed it).
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        # Moves the callbacks to a new stack, leaving this one empty.
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        # A context manager's __exit__, or a callable with __exit__'s signature.
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm) from None
        result = enter(cm)
        self._push_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        # callback(*args, **kwds) on the way out, whatever the exception.
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_exit(self, cm, exit_method):
        def _exit_wrapper(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)

        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        suppressed = False
        pending = None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                # A callback's own exception replaces the one being handled.
                if new_exc is not exc_details[1] and new_exc.__context__ is None:
                    new_exc.__context__ = exc_details[1]
                pending = new_exc
                exc_details = (type(new_exc), new_exc, None)
        if pending is not None:
            raise pending
        return received and suppressed
