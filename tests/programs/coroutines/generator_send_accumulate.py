# checks that genpy runs this program (generator_send_accumulate, from the first differential-testing corpus) exactly as CPython 3.11 does
def running_stats():
    n = 0; total = 0.0; mn = None; mx = None
    while True:
        x = yield {"n": n, "mean": total / n if n else None, "min": mn, "max": mx}
        n += 1; total += x
        mn = x if mn is None else min(mn, x)
        mx = x if mx is None else max(mx, x)
s = running_stats(); print(next(s))
for v in [4, 8, 15, 16, 23, 42]:
    st = s.send(v)
print(st)
print(f"mean={st['mean']:.3f}")
