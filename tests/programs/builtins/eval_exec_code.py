# checks eval() and exec() on strings and on code objects: results, namespaces,
# argument errors and the SyntaxError attributes of a bad string
code = compile("total = sum(range(5))", "c.py", "exec")
g = {}
print(exec(code, g), g["total"])
print(eval(code, {}))
exec(code)
print(total)

expr = compile("total * 2", "c.py", "eval")
print(eval(expr), exec(expr))
print(eval(expr, {"total": 21}))
print(eval("\t  total + 1"))
print(eval("total,"), eval("(1, 2)\n\n"))

for bad in [1, None, [1]]:
    for fn in (exec, eval):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, e)

for fn, src in [(exec, "a b"), (eval, "x = 1"), (eval, "a b\n")]:
    try:
        fn(src)
    except SyntaxError as e:
        print(fn.__name__, type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))

# Only the kind, message and line of these (genpy's offsets differ from CPython's).
for fn, src in [(exec, "  x = 1"), (eval, "1 +"), (eval, "(1 +"), (exec, "x = ["), (exec, "if 1:\n    x = )")]:
    try:
        fn(src)
    except SyntaxError as e:
        print(fn.__name__, type(e).__name__, e.msg, e.lineno)


def make():
    captured = 1

    def uses():
        return captured

    return uses


try:
    exec(make().__code__)
except TypeError as e:
    print(e)

exec(compile("raise KeyError('from exec')", "raiser.py", "exec"))
