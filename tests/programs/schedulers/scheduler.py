# checks that genpy runs this program (scheduler, from the first differential-testing corpus) exactly as CPython 3.11 does
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    return name
def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("A", 2), task("B", 3), task("C", 1)]))
