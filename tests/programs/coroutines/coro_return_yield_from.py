# checks that genpy runs this program (coro_return_yield_from, from the second differential-testing corpus) exactly as CPython 3.11 does
def accumulate_until_none():
    tally = 0
    while True:
        x = yield
        if x is None:
            return tally
        tally += x
def gather(results):
    while True:
        tally = yield from accumulate_until_none()
        results.append(tally)
        if len(results) >= 3:
            return "enough"
res = []
g = gather(res)
next(g)
try:
    for batch in [[1,2,3],[10,20],[],[5]]:
        for x in batch:
            g.send(x)
        g.send(None)
except StopIteration as e:
    print("ret", e.value)
print(res)
