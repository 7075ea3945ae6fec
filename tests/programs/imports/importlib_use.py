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
top = __import__("plug.one")
print(top is m, __import__("plug.one", fromlist=["ONE"]).ONE)
print(__import__("two", {"__name__": "plug.x", "__package__": "plug"}, None, ["TWO"], 1).TWO)
try:
    __import__("two", None, None, [], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("two", {"__name__": "top"}, None, [], 1)
except ImportError as e:
    print("ImportError:", e)
