# checks a generator's frame object: f_lineno, f_code, f_locals, f_globals and f_lasti
# while created, suspended and running; f_back is None while it is suspended and the
# resumer's frame while it runs; the running frame is the same object as gi_frame
import sys


def gen(a):
    b = a * 2
    yield b
    me = sys._getframe()
    print("running: same object as gi_frame:", me is g.gi_frame)
    print("f_back while running:", me.f_back.f_code.co_name, me.f_back.f_lineno)
    c = b + 1
    yield c


g = gen(5)
fr = g.gi_frame
print(fr.f_lineno, fr.f_code.co_name, fr.f_locals, fr.f_back, type(fr.f_lasti).__name__)
next(g)
print(fr.f_lineno, fr.f_locals, fr.f_back is None, fr is g.gi_frame)
next(g)
print(fr.f_lineno, sorted(fr.f_locals), fr.f_back)
print(fr.f_globals["__name__"], type(fr).__name__, fr.f_code is g.gi_code)
print(repr(fr).startswith("<frame at 0x"), repr(fr).endswith(", code gen>"))
print([n for n in dir(fr) if n in ("f_back", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals")])


def outer():
    yield from inner()


def inner():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_lineno


o = outer()
print(list(o))


def consume():
    return [x for x in gen2()], list(gen2()), next(gen2())


def gen2():
    yield sys._getframe().f_back.f_code.co_name


print(consume())


def closure_gen(n):
    def helper():
        return n

    yield helper()


cg = closure_gen(4)
next(cg)
print(sorted(cg.gi_frame.f_locals))
list(g)
print(g.gi_frame)
