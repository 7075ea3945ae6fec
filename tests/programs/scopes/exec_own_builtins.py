# exec/eval with a __builtins__ of their own in the globals: the only builtins seen.
import builtins
import types

try:
    exec("print(len('ab'))", {"__builtins__": {"print": print}})
except NameError as e:
    print("NameError:", e)

exec("print(len('ab'))", {"__builtins__": builtins})
exec("print(len('abc'))", {"__builtins__": builtins.__dict__})

g = {"__builtins__": {"print": print, "len": lambda s: 42}}
exec("def f(s):\n    return len(s)\nprint(f('abc'))", g)
print(g["f"]("x"), len("x"))

print(eval("len('abc')", {"__builtins__": {"len": lambda s: -1}}))
for src in ("abs(-1)", "int('3')"):
    try:
        eval(src, {"__builtins__": {}})
    except NameError as e:
        print("NameError:", e)

fake = types.ModuleType("fake")
fake.print = print
exec("print('via a module')", {"__builtins__": fake})

# A sandbox-like restricted set, with the names it allows working.
safe = {name: getattr(builtins, name) for name in ("min", "max", "sum", "range")}
print(eval("sum(range(5)) + max(1, 2) - min(3, 4)", {"__builtins__": safe}))
try:
    eval("open('x')", {"__builtins__": safe})
except NameError as e:
    print("NameError:", e)

# A globals dict without __builtins__ gets the real builtins.
plain = {}
exec("r = len('four')", plain)
print(plain["r"], plain["__builtins__"] is builtins.__dict__ or plain["__builtins__"] is builtins)
