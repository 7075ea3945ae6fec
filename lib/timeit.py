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


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        local_ns = {}
        if isinstance(setup, str):
            compile(setup, "<timeit-src>", "exec")
            setup_src = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            setup_src = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(setup + "\n" + stmt, "<timeit-src>", "exec")
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            stmt_src = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
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
