# A function's __dict__ is its attribute storage, as an instance's is.


def f():
    return f.__dict__.get("calls", 0)


f.__dict__["k"] = 5
print(f.k, f())
f.calls = 1
print(f.__dict__, f(), f.__dict__ is f.__dict__, vars(f) is f.__dict__)
del f.__dict__["k"]
print(hasattr(f, "k"), f.__dict__)
del f.calls
print(f.__dict__)

g = lambda: None
g.__dict__ = {"a": 1}
print(g.a)
for bad in (1, "x"):
    try:
        g.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del g.__dict__
except TypeError as e:
    print("TypeError:", e)

# functools.wraps copies __dict__ entries onto the wrapper.
import functools


def tagged(fn):
    fn.tag = "t"
    return fn


@tagged
def base():
    pass


@functools.wraps(base)
def wrapper():
    pass


print(wrapper.tag, wrapper.__dict__["__wrapped__"] is base, sorted(wrapper.__dict__))
