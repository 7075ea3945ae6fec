# checks that genpy runs this program (sched_sleep_queue, from the second differential-testing corpus) exactly as CPython 3.11 does
def heappush(q, x):
    q.append(x); q.sort(key=lambda t: (t[0], t[1]))
def heappop(q):
    return q.pop(0)
class Sleep:
    def __init__(self, t): self.t = t
def clock_task(name, delays):
    for d in delays:
        now = yield Sleep(d)
        print(f"[{now:5.1f}] {name} woke after {d}")
    return name.upper()
def run(tasks):
    now = 0.0
    q = []
    seq = 0
    for t in tasks:
        heappush(q, (0.0, seq, t, None)); seq += 1
    results = []
    while q:
        now, _, t, val = heappop(q)
        try:
            cmd = t.send(val) if val is not None else next(t)
        except StopIteration as e:
            results.append(e.value)
            continue
        if isinstance(cmd, Sleep):
            heappush(q, (now + cmd.t, seq, t, now + cmd.t)); seq += 1
    return now, results
end, res = run([clock_task("x", [1, 2.5, 0.5]), clock_task("y", [0.7, 0.7, 0.7, 0.7]), clock_task("z", [])])
print(end, res)
