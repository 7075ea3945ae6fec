# importlib.import_module (absolute, relative to a package, a submodule) and reload.
import importlib
import sys

m = importlib.import_module("plug")
print(m.__name__, m.LOADS)
sub = importlib.import_module("plug.one")
print(sub.__name__, sub.ONE, sys.modules["plug"].one is sub)
rel = importlib.import_module(".two", "plug")
print(rel.__name__, rel.TWO)
try:
    importlib.import_module(".two")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("plug.missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
m.extra = "kept"
again = importlib.reload(m)
print(again is m, m.LOADS, m.extra)
print(importlib.reload(sys) is sys)
try:
    importlib.reload("plug")
except TypeError as e:
    print("TypeError:", e)
