# checks import m, import m as a, from m import a, b and from m import a as b
import sys
import itertools as it
from itertools import count, islice as take
from sys import getrecursionlimit

print(getrecursionlimit() == sys.getrecursionlimit())
print(list(take(count(3), 4)))
print(list(it.islice(it.count(), 3)))


def uses_module_inside_generator():
    import itertools
    yield from itertools.repeat("r", 2)


print(list(uses_module_inside_generator()))
try:
    import no_such_module_genpy
except ImportError as e:
    print(type(e).__name__, e)
