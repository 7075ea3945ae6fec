# checks that genpy runs this program (coro_running_stats, from the second differential-testing corpus) exactly as CPython 3.11 does
def stats():
    n = 0
    mean = 0.0
    m2 = 0.0
    lo = hi = None
    while True:
        x = yield {"n": n, "mean": round(mean, 4), "sd": round((m2 / (n - 1)) ** 0.5, 4) if n > 1 else None, "lo": lo, "hi": hi}
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
s = stats()
print(next(s))
for v in [4, 7, 13, 16, 2.5]:
    r = s.send(v)
print(r)
print(s.send(-100)["lo"])
