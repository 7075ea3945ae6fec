# checks that genpy runs this program (exc_in_gen_finally, from the second differential-testing corpus) exactly as CPython 3.11 does
def gen(log):
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f"inner {i}")
    finally:
        log.append("outer")
log = []
for x in gen(log):
    if x == 1:
        break
print(log)
log = []
g = gen(log)
next(g)
try:
    g.throw(RuntimeError("x"))
except RuntimeError as e:
    print("got", e, log)
log = []
g = gen(log)
print(list(g), log)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
