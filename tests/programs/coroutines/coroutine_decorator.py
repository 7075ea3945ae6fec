# checks that genpy runs this program (coroutine_decorator, from the first differential-testing corpus) exactly as CPython 3.11 does
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def printer():
    while True:
        line = yield
        print("match:", line)
p = grep("py", printer())
for l in ["python", "ruby", "pypy", "java"]:
    p.send(l)
p.close()
print(p.gi_frame is None)
