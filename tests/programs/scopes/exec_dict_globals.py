# exec()/eval() with a dict as globals run in that dict itself: names the code
# binds land in it, functions defined there see later writes to it, and it gets
# a '__builtins__' entry.
d = {}
exec("x = 1\ndef get():\n    return x\n", d)
print(d["x"], sorted(k for k in d if k != "__builtins__"))
print("__builtins__" in d, type(d["__builtins__"]).__name__)
d["x"] = 42
print(d["get"]())
print(d["get"].__globals__ is d)
print(eval("x + 1", d))
eval("get", d)
d2 = {"y": 10}
print(eval("y * 2", d2), sorted(d2))

# Separate locals: names are stored in the locals mapping, read there first.
g = {"a": 1}
l = {"b": 2}
exec("c = a + b\nb = 20", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l.items()))
print(eval("a + b", g, l))
exec("global a\na = 100", g, l)
print(g["a"], "a" in l)

# The same code object run with two globals dicts: each run sees its own.
code = compile("result = len(items)", "<test>", "exec")
d1 = {"items": [1, 2, 3]}
d2 = {"items": [1], "len": lambda s: "user len"}
exec(code, d1)
exec(code, d2)
exec(code, d1)
print(d1["result"], d2["result"])

# exec in a function: the globals are the module's, the locals a snapshot.
counter = 0


def bump():
    n = 5
    exec("global counter\ncounter += n")
    return counter


print(bump(), counter)


def local_write():
    exec("z = 3")
    return "z" in globals()


print(local_write())
exec("w = 7")
print(w)
try:
    exec("1", [])
except TypeError as e:
    print("TypeError:", e)
