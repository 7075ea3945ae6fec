# CPython 3.11's messages for a ',' where a compound statement's header wants its
# ':' (only a line ending there is "expected ':'"; 'except A, B:' asks for
# parentheses), a statement after a block where 'else' could follow, an indented
# line after a one-line 'try:', a lambda's ':' inside call arguments, and an
# unclosed brace CPython's parser gives up on before the end of input.
SOURCES = [
    "if a, b:\n  pass\n",
    "if a ,> 5:\n  pass\n",
    "while a, b:\n  pass\n",
    "if a,:\n  pass\n",
    "if a ,\n  pass\n",
    "try:\n  pass\nexcept A ,as e:\n  pass\n",
    "try:\n  pass\nexcept A, B:\n  pass\n",
    "try:\n  pass\nexcept A, B as e:\n  pass\n",
    "try:\n  pass\nexcept A, B\n  pass\n",
    "def f():\n    while True:\n        if a: break\n        x = 1\n    .return 2\n",
    "try: x = 1\n     except E: pass\n",
    "try:\n    x = 1\n     except E: pass\n",
    "x = f(k, lambda s: ord=(s) * 2)\n",
    "x = 'A(' + g(){[:9] + ')'\n",
]

for source in SOURCES:
    try:
        compile(source, "<case>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}) <- {source!r}")
