# checks that genpy runs this program (gen_sliding_average_send, from the second differential-testing corpus) exactly as CPython 3.11 does
def moving_average(n):
    window = []
    avg = None
    while True:
        x = yield avg
        window.append(x)
        if len(window) > n:
            window.pop(0)
        avg = sum(window) / len(window)
ma = moving_average(3)
next(ma)
print([round(ma.send(x), 3) for x in [1, 2, 3, 4, 10, 10, 10, -5]])
def ewma(alpha):
    s = None
    while True:
        x = yield s
        s = x if s is None else alpha * x + (1 - alpha) * s
e = ewma(0.5); next(e)
print([e.send(v) for v in [10, 20, 20, 0]])
