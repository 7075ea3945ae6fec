# checks that genpy runs this program (gen_frame_introspect, from the first differential-testing corpus) exactly as CPython 3.11 does
def g(a):
    b = a * 2
    yield b
    c = 3
    yield c
x = g(5)
print(x.gi_frame.f_lineno if x.gi_frame else None)
next(x)
print(x.gi_frame.f_locals, x.gi_frame.f_lineno, x.gi_suspended, x.gi_running)
next(x)
print(sorted(x.gi_frame.f_locals.items()))
list(x)
print(x.gi_frame, x.gi_suspended)
print(repr(x).startswith("<generator object g at 0x"))
print(type(x), x.gi_code.co_name)
