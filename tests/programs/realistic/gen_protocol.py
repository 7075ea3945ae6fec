import sys
import inspect
import types

def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print("  reset because", e)
            total, count, avg = 0.0, 0, None
            continue
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results, key):
    while True:
        results[key] = yield from averager()

results = {}
d = delegator(results, "a")
next(d)
for v in [10, 20, 35]:
    print(d.send(v))
print(d.throw(ValueError("bad data")))
d.send(4); d.send(None)
print(results)
print(inspect.getgeneratorstate(d))
d.close()
print(inspect.getgeneratorstate(d), d.gi_frame)

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
print(type(c) is types.GeneratorType, c.__name__, c.__qualname__, inspect.isgenerator(c), inspect.isgeneratorfunction(counter))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in gen")
g = gen_finally()
print(next(g))
del g
print("after del")
def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "refused"
c2 = catcher(); next(c2)
try:
    c2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("early throw propagates", e, inspect.getgeneratorstate(g))
def running():
    yield gr.send(None)
gr = running()
try:
    next(gr)
except ValueError as e:
    print("ValueError:", e)
g = (x * x for x in range(3))
print(g.send(None), list(g), next(g, "exhausted"))
try:
    (x for x in []).send(5)
except TypeError as e:
    print("TypeError:", e)
def subgen():
    x = yield "sub-first"
    print("  sub got", x)
    return "sub-result"
def outer():
    r = yield from subgen()
    print("  outer got", r)
    yield "outer-end"
o = outer()
print(next(o), o.send("hello"))
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(sys.getrecursionlimit() >= 1000, list(zip(*[iter(range(6))] * 2)))
lazy = map(lambda x: x / (x - 2), range(5))
try:
    print(list(lazy))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
