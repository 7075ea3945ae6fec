# checks that genpy runs this program (sched_priority_tasks, from the second differential-testing corpus) exactly as CPython 3.11 does
class Task:
    def __init__(self, name, prio, gen):
        self.name, self.prio, self.gen = name, prio, gen
        self.steps = 0
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)
    def __repr__(self):
        return f"<{self.name} p{self.prio} s{self.steps}>"
def job(n, tag):
    for i in range(n):
        cmd = yield f"{tag}{i}"
        if cmd == "boost":
            yield "boosted"
class PrioScheduler:
    def __init__(self):
        self.tasks = []
        self.trace = []
    def add(self, t):
        self.tasks.append(t)
        self.tasks.sort()
    def run(self, limit=100):
        while self.tasks and limit:
            limit -= 1
            t = self.tasks.pop(0)
            try:
                out = t.gen.send("boost" if t.steps == 1 and t.prio > 1 else None) if t.steps else next(t.gen)
                t.steps += 1
                self.trace.append(out)
                if t.steps % 2 == 0:
                    t.prio += 1
                self.add(t)
            except StopIteration:
                self.trace.append(f"end:{t.name}")
s = PrioScheduler()
s.add(Task("a", 1, job(3, "a")))
s.add(Task("b", 0, job(2, "b")))
s.add(Task("c", 2, job(2, "c")))
s.run()
print(s.trace)
