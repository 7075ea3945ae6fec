# checks that genpy runs this program (gen_send1, from the first differential-testing corpus) exactly as CPython 3.11 does
def averager():
    total = 0.0; count = 0; avg = None
    while True:
        term = yield avg
        if term is None: break
        total += term; count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in [10, 11, 12.5, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value, e.args)
