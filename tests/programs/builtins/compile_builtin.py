# checks compile() in its three modes: the code object's attributes, exec/eval of it,
# 'single' echoing the repr of an expression statement, and keyword arguments
c = compile("x = 1\ny = x + 1", "made.py", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
print(x, y)
print(eval(c))

e = compile("1 + 2", "f", "eval")
print(e.co_filename, e.co_name, eval(e))
print(eval(compile("x * 10, y", "f", "eval")))
print(eval(compile("[i * i for i in range(x + 3)]", "f", "eval")))
print(eval(compile("(lambda a: a + x)(41)", "f", "eval")))

exec(compile("x + 100", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("z = 5", "<stdin>", "single"))
print(z)
exec(compile("for i in range(2):\n    i * 7\n", "<stdin>", "single"))
exec(compile("x + 1", "f", "exec"))

k = compile(source="x - 1", filename="kw.py", mode="eval", flags=0, dont_inherit=True, optimize=-1)
print(k.co_filename, eval(k))
print(eval(compile("x", "f", "eval", 0, False, 0)))

ns = {"a": 6}
exec(compile("b = a * 7", "ns.py", "exec"), ns)
print(ns["b"])
print(eval(compile("a + b", "ns.py", "eval"), ns))
print(eval(compile("a + q", "ns.py", "eval"), {"a": 1}, {"q": 2}))


def inner():
    local = 3
    return eval(compile("local * 2", "f", "eval"))


print(inner())
