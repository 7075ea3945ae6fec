# exec() with a separate locals dict binds the code's names there, as CPython does;
# the globals dict keeps only what it had.
g = {"y": 5}
l = {}
exec("x = y + 1\ndef f():\n    return 1", g, l)
print(sorted(l), sorted(k for k in g if k != "__builtins__"))
exec("y = 7", g, l)
print(g["y"], l["y"])
print(eval("x * 2", g, l), eval("y", g, {}))
exec("z = 1", g, g)
print(g["z"])
ns = {}
exec("import math\nroot = math.sqrt(16)", {}, ns)
print(sorted(ns), ns["root"])
