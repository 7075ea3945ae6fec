# checks that genpy runs this program (sched_generator_threads_join, from the second differential-testing corpus) exactly as CPython 3.11 does
def task(name, n, results):
    for i in range(n):
        yield
    results[name] = n * n
    return n
def join_all(gens):
    pending = list(gens)
    rounds = 0
    finished = []
    while pending:
        rounds += 1
        still = []
        for g in pending:
            try:
                g.send(None)
                still.append(g)
            except StopIteration as e:
                finished.append(e.value)
        pending = still
    return rounds, finished
res = {}
print(join_all([task("x", 3, res), task("y", 1, res), task("z", 5, res), task("w", 0, res)]), res)
def waiter(other):
    r = yield from other
    return ("waited", r)
print(join_all([waiter(task("q", 2, res)), waiter(waiter(task("r", 1, res)))]))
