# checks genexp introspection: __name__, gi_frame, gi_running and state transitions
import inspect

ge = (x for x in range(2))
print(ge.__name__, ge.gi_code.co_name, inspect.getgeneratorstate(ge))
print(next(ge), inspect.getgeneratorstate(ge), ge.gi_frame is not None)
print(list(ge), inspect.getgeneratorstate(ge), ge.gi_frame)
print(type(ge).__name__, iter(ge) is ge)
print(repr(ge).startswith("<generator object <genexpr> at 0x"))

inner = (y for y in range(3))
outer_ge = (x for x in inner)
print("two genexps have distinct frames:", outer_ge.gi_frame is not inner.gi_frame)
