# checks that genpy runs this program (coro_pipeline_close, from the second differential-testing corpus) exactly as CPython 3.11 does
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix + line)
    except GeneratorExit:
        print(prefix + "<closed>")
        raise
    finally:
        print(prefix + "finally")
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()
p = printer(">> ")
next(p)
g = grep("py", p)
next(g)
for l in ["python", "rust", "pypy", "go", "cpython"]:
    g.send(l)
g.close()
print(p.gi_frame is None, g.gi_frame is None)
try:
    g.send("x")
except StopIteration:
    print("stopiteration after close")
