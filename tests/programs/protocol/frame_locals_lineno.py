# checks gi_frame.f_lineno and f_locals while suspended at different yields
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
    del a
    yield "end"


g = gen(5)
print("created at line", g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.gi_frame.f_code.co_name)
list(g)
print(g.gi_frame)
