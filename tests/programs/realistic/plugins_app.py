import importlib
import sys
import os
import plugins
from plugins import base

print(sorted(base.Plugin.registry))
for name in ["alpha", "beta"]:
    mod = importlib.import_module(f"plugins.{name}")
    print(mod.__name__, os.path.basename(mod.__file__), mod.__package__)
print(sorted(base.Plugin.registry))
for name, cls in sorted(base.Plugin.registry.items()):
    p = cls()
    print(name, list(p.run(3)), repr(p))
try:
    importlib.import_module("plugins.gamma")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from plugins import missing_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import plugins.circ_a as ca
print(ca.value, ca.b_value())
print(type(sys.modules["plugins.alpha"]).__name__, "plugins.beta" in sys.modules)
mod = sys.modules.pop("plugins.alpha")
again = importlib.import_module("plugins.alpha")
print(again is mod, again.LOADS)
print(importlib.reload(again).LOADS)
print(__name__, plugins.helper_func())
