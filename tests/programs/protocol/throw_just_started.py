# checks throw into a just-started generator: raised before the body runs, generator closed
import inspect


def gen():
    try:
        print("body never runs")
        yield 1
    except ValueError:
        print("not caught here: the try was never entered")
    finally:
        print("finally not run either")


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("caller got", e)
print(inspect.getgeneratorstate(g), g.gi_frame)
print(next(g, "exhausted"))
