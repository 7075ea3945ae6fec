# checks compile()'s errors: CPython's messages for bad arguments, and SyntaxError
# (with msg, filename, lineno, offset, text) for bad source in each mode
def show(*args, **kwargs):
    try:
        compile(*args, **kwargs)
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "|", e)


show(1, "f", "exec")
show(None, "f", "eval")
show("x", 1, "exec")
show("x", "f", 1)
show("x", "f", "bad")
show("x", "f", "exec", 1)
show("x", "f", "exec", 0, 0, 5)
show("x", "f", "exec", "0")
show()
show("x", "f")
show("x", "f", "exec", foo=1)
show("x", "f", "exec", mode="exec")
show("x", "f", "exec", 0, 0, 0, 0)

show("1 +", "bad.py", "exec")
show("a b", "bad.py", "exec")
show("x = 1\nfor = 2\n", "bad.py", "exec")
show("return 1", "bad.py", "exec")
show("def f():\n    yield = 3\n", "bad.py", "exec")
show("x = 1", "bad.py", "eval")
show("1\n2", "bad.py", "eval")
show("yield 1", "bad.py", "eval")
show("*a,", "bad.py", "eval")
show("(yield)", "bad.py", "eval")
show("a b", "bad.py", "single")
show("a b\n", "bad.py", "eval")

# Only the kind, message and line of these (genpy's offsets differ from CPython's).
for src, mode in [
    ("x = 1\n  y = 2\n", "exec"),
    (" 1", "eval"),
    ("if x:", "single"),
    ("print 'hi'", "exec"),
    ("if 1:\n\tx = 1\n        y = 2\n", "exec"),
]:
    try:
        compile(src, "bad.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)

try:
    exec(compile("def f():\n    return 1 / 0\nf()\n", "boom.py", "exec"))
except ZeroDivisionError as e:
    print("caught", e)

compile("(", "unclosed.py", "exec")
