# checks that genpy runs this program (global_nonlocal, from the first differential-testing corpus) exactly as CPython 3.11 does
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(3): inc()
print(counter)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid(); return a
print(outer())
def make():
    global newglobal
    newglobal = "created"
make(); print(newglobal)
def gen():
    global counter
    while counter < 6:
        counter += 1
        yield counter
print(list(gen()), counter)
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def cls_scope():
    y = 5
    class Inner:
        z = y + 1
        def m(self): return y
    return Inner.z, Inner().m()
print(cls_scope())
