# checks that genpy runs this program (sched_roundrobin, from the second differential-testing corpus) exactly as CPython 3.11 does
class Task:
    _next = 0
    def __init__(self, gen, name):
        Task._next += 1
        self.tid = Task._next
        self.gen = gen
        self.name = name
        self.sendval = None
    def run(self):
        return self.gen.send(self.sendval)
    def __repr__(self):
        return f"Task({self.tid}, {self.name!r})"
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t
    def run(self):
        steps = 0
        while self.ready:
            t = self.ready.pop(0)
            try:
                res = t.run()
                steps += 1
                self.log.append((t.name, res))
                t.sendval = steps
                self.ready.append(t)
            except StopIteration as e:
                print(f"{t!r} finished with {e.value!r}")
        return steps
def worker(name, n):
    total = 0
    for i in range(n):
        got = yield f"{name}:{i}"
        total += got
    return total
s = Scheduler()
s.spawn(worker("a", 3), "a")
s.spawn(worker("b", 5), "b")
s.spawn(worker("c", 1), "c")
print("steps", s.run())
for name, res in s.log:
    print(f"{name:>3} | {res:<6}|")
