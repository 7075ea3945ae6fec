# checks that genpy runs this program (closures, from the first differential-testing corpus) exactly as CPython 3.11 does
def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = make_counter(); print(c(), c(), c(5))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
g = 10
def useg():
    global g
    g += 1
    return g
print(useg(), g)
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
        yield total
print(list(gen_closure()))
