# A module's __dict__ (and vars(module)) is its namespace: setattr and writes to
# the dict are the same thing, seen by the module's functions.
import types

m = types.ModuleType("m")
print(sorted(m.__dict__))
m.__dict__["a"] = 1
print(m.a)
setattr(m, "b", 2)
print(m.__dict__["b"], vars(m) is m.__dict__)
exec("def total():\n    return a + b\n", m.__dict__)
print(m.total())
m.a = 10
print(m.total())
vars(m)["b"] = 20
print(m.total())
del m.__dict__["a"]
print(hasattr(m, "a"))
try:
    m.total()
except NameError as e:
    print("NameError:", e)
m.__dict__.clear()
print(m.__dict__)

import string

d = vars(string)
d["extra"] = "added"
print(string.extra)
del string.extra
print("extra" in d)
