# `from m import *`: with __all__ (only those names, even private ones), without it
# (every name not starting with an underscore), and a package whose __all__ names
# a submodule (imported by the star).
from public_only import *

print(sorted(n for n in dir() if not n.startswith("__")))
print(visible(), CONSTANT)
from listed import *

print(sorted(n for n in dir() if not n.startswith("__")))
print(_private_but_listed, shown)
try:
    hidden
except NameError as e:
    print("NameError:", e)
from kit import *

print(tool.NAME, kit_value)

try:
    from bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
