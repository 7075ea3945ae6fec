# CPython 3.11's messages for assignments with a target it cannot assign to: its
# rule for '=' in an expression along the first comma list ("... here. Maybe you
# meant '==' instead of '='?"), else the first part before an '=' that is no
# target; for, with, del and augmented assignment; and f-string fields, which are
# parsed as if parenthesised (the comma hint) and whose brackets must match; a
# Python 2 print wherever an operand may start, pointed at up to its arguments' end.
SOURCES = [
    "f() = 1 2\n",
    "a, f() = 1, 2\n",
    "a = f() = 1\n",
    "a = b = f() = 1\n",
    "[a, b] = c = f() = 2\n",
    "a.b = f() = 1\n",
    "x = f() = yield 1\n",
    "f(), x = 1 2\n",
    "a = 1 if b else 2 = 3\n",
    "a < b = 1\n",
    "a, b < c = 1\n",
    "a, 1 = 2\n",
    "(a, 1) = 2\n",
    "a, *f() = 1, 2\n",
    "x = y = 1 2\n",
    "for f() in x: pass\n",
    "for a, f() in x: pass\n",
    "with a as f(): pass\n",
    "with a as (b, f()): pass\n",
    "del f()\n",
    "del (a, f())\n",
    "f() += 1\n",
    "a + 1 += 1\n",
    "x = f'{a b}'\n",
    "x = f'{a(b c)}'\n",
    "x = f'{a:{b c}}'\n",
    "x = f'{a(}'\n",
    "x = f'{a[1}'\n",
    "x = f'{(a'\n",
    "x = f'{a)}'\n",
    "x = f'{print \"x\"}'\n",
    "x = print 'x'\n",
    "[1, print 2]\n",
]

for source in SOURCES:
    try:
        compile(source, "<case>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        # CPython 3.11 gives an f-string field's errors columns in the field's text.
        where = "" if "f-string" in e.msg else f", {e.offset}-{e.end_offset}"
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}{where}) <- {source!r}")
