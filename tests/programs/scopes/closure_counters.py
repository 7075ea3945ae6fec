# checks that genpy runs this program (closure_counters, from the second differential-testing corpus) exactly as CPython 3.11 does
def make_counter(start=0, step=1):
    n = start
    def inc():
        nonlocal n
        n += step
        return n
    def get():
        return n
    def reset():
        nonlocal n
        n = start
    return inc, get, reset
inc, get, reset = make_counter(10, 5)
print(inc(), inc(), get()); reset(); print(get(), inc())
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()
print(outer()())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a1, a2 = acc(), acc()
print(a1(1), a1(2), a2(10), a1(3))
x = "global"
def shadow():
    x = "local"
    def f():
        global x
        return x
    return f()
print(shadow())
