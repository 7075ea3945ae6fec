# checks that genpy runs this program (gen_state_inspect, from the second differential-testing corpus) exactly as CPython 3.11 does
import inspect
def g():
    x = yield 1
    print("got", x)
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
print(next(it))
print(inspect.getgeneratorstate(it))
print(it.send("hi"))
it.close()
print(inspect.getgeneratorstate(it))
def h():
    yield inspect.getgeneratorstate(hh)
hh = h()
print(next(hh))
