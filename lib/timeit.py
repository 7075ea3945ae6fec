# timeit, written from its documentation: time small pieces of code. A statement
# and its setup are strings (compiled once into a function that runs the statement
# `number` times) or callables; the timer is time.perf_counter.

import gc
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _indent(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


def _part(code, what, name, local_ns, checked, spaces):
    # The source text of the setup or statement: a string, compiled to check it and
    # indented for the timing function, or a callable, called there by `name`.
    if isinstance(code, str):
        compile(checked, "<timeit-src>", "exec")
        return _indent(code, spaces)
    if callable(code):
        local_ns[name] = code
        return name + "()"
    raise ValueError(f"{what} is neither a string nor callable")


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        local_ns = {}
        setup_src = _part(setup, "setup", "_setup", local_ns, setup, 4)
        stmt_src = _part(stmt, "stmt", "_stmt", local_ns, setup + "\n" + stmt
                         if isinstance(stmt, str) and isinstance(setup, str) else stmt, 8)
        src = (
            "def inner(_it, _timer" + "".join(f", {k}={k}" for k in local_ns) + "):\n"
            f"    {setup_src}\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            f"        {stmt_src}\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n"
        )
        self.src = src
        exec(compile(src, "<timeit-src>", "exec"), ns, local_ns)
        self.inner = local_ns["inner"]

    def timeit(self, number=default_number):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
