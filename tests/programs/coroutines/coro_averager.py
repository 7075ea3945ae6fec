# checks that genpy runs this program (coro_averager, from the second differential-testing corpus) exactly as CPython 3.11 does
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("reset because", e)
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x; count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(averager.__name__)
for v in [10, 20, 30]:
    print(a.send(v))
print(a.throw(ValueError("bad")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)
