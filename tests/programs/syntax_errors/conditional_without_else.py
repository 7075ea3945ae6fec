# CPython 3.11's "expected 'else' after 'if' expression" wherever a conditional
# expression's condition (backtracking over an operator without an operand) is
# followed by neither 'else' nor ':', but not for a comprehension's 'if'; a 'with'
# header ending its line wants its ':'; a target after a dedent is still named; a
# 'for' target list that parses as expressions names what it cannot assign to;
# '=' without a value after it is no comparison typo (but is in call arguments).
SOURCES = [
    "x = 1 if a * == 2 else 3\n",
    "x = 1 if a + else 2\n",
    "x = 1 if not a is not b * else 2\n",
    "print(''.join('Q' if i* == c else '.' for i in range(8)))\n",
    "x = [a for a in b if c d]\n",
    "x = [a for a in (b if c d)]\n",
    "x = a if b else c d\n",
    "with a.b\n    pass\n",
    "with a, b\n    pass\n",
    "with a as b\n    pass\n",
    "class C:\n    def f(self):\n        pass\n-        self.o = 's'\n",
    "for ln,1 line in e:\n pass\n",
    "for a, f() b in c: pass\n",
    "if x = :1:\n pass\n",
    "f(a.b=)\n",
]

for source in SOURCES:
    try:
        compile(source, "<case>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}) <- {source!r}")
