# checks that genpy runs this program (gen_yield_expr_forms, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    z = [(yield i) for i in range(2)] if False else None
    w = yield y, x
    print("w", w)
    lst = [(yield), (yield)]
    print("lst", lst)
it = g()
print(next(it)); print(it.send(10)); print(it.send(20)); print(it.send("w")); print(it.send("a"))
try:
    it.send("b")
except StopIteration:
    print("done")
def h():
    print((yield 1) + (yield 2))
k = h(); next(k); k.send(5)
try: k.send(6)
except StopIteration: print("h done")
