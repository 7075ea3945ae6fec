# checks that genpy runs this program (exec_eval, from the first differential-testing corpus) exactly as CPython 3.11 does
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("a + 1", {"a": 5}))
ns = {}
exec("def f(x): return x * 10\ny = f(4)", ns)
print(ns["y"])
exec("print('exec ran')")
code = "z = 5"
exec(code); print(z)
