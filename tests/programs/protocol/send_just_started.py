# checks that send(non-None) to a just-started generator raises TypeError and leaves it unstarted
import inspect


def gen():
    print("body started")
    x = yield "first"
    print("got", x)
    yield "second"


g = gen()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(inspect.getgeneratorstate(g))
print("frame kept:", g.gi_frame is not None)
print(g.send(None))
print(g.send("now fine"))
try:
    g.send(0)
except StopIteration:
    print("finished")
g2 = gen()
try:
    g2.send(0)
except TypeError as e:
    print("even a falsy non-None value:", e)
