# sys.modules: a module runs once; deleting its entry makes the next import run it
# again; any object placed there is what import returns; None blocks the import.
import sys

import counter
import counter

print(counter.runs())
old = counter
del sys.modules["counter"]
import counter

print(counter.runs(), counter is old, old.runs())
sys.modules["fake"] = "I am not a module"
import fake

print(fake)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"] is sys.modules[__name__])
import builtins

print(builtins.len("abc"), builtins is sys.modules["builtins"])
