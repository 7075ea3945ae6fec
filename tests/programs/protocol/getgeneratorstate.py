# checks inspect.getgeneratorstate in all four states, including GEN_RUNNING from inside
import inspect


def gen():
    print("inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
h = gen()
h_states = []
g = h
for _ in h:
    h_states.append(inspect.getgeneratorstate(h))
h_states.append(inspect.getgeneratorstate(h))
print(h_states)
e = gen()
try:
    e.throw(ValueError)
except ValueError:
    pass
print(inspect.getgeneratorstate(e))
