# checks a yield inside finally while closing gives RuntimeError, and resuming finishes the finally and re-raises GeneratorExit
def gen():
    try:
        yield 1
    finally:
        print("finally starts")
        yield "from finally"
        print("finally resumed after the failed close")


g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except GeneratorExit:
    print("GeneratorExit: the finally re-raises the pending GeneratorExit when it ends")
print(next(g, "closed now"))
