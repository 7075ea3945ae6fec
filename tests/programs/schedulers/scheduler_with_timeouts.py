# checks that genpy runs this program (scheduler_with_timeouts, from the second differential-testing corpus) exactly as CPython 3.11 does
class Timeout(Exception): pass
def worker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
        return f"{name} done"
    except Timeout:
        yield f"{name} cleanup"
        return f"{name} timed out"
def run(tasks, budget):
    log, results = [], {}
    ticks = {}
    queue = list(tasks.items())
    while queue:
        name, g = queue.pop(0)
        ticks[name] = ticks.get(name, 0) + 1
        try:
            if ticks[name] > budget:
                log.append(g.throw(Timeout()))
            else:
                log.append(next(g))
            queue.append((name, g))
        except StopIteration as e:
            results[name] = e.value
    return log, results
log, res = run({"a": worker("a", 2), "b": worker("b", 6), "c": worker("c", 3)}, 3)
print(log)
print(res)
