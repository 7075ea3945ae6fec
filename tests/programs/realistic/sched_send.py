from collections import deque
import heapq
from dataclasses import dataclass, field
from typing import Generator, Any

@dataclass(order=True)
class Timer:
    when: float
    seq: int
    task: Any = field(compare=False)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0.0
        self.seq = 0
        self.log = []

    def spawn(self, gen, name):
        self.ready.append((gen, None, name))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                t = heapq.heappop(self.sleeping)
                self.clock = t.when
                self.ready.append(t.task)
            gen, value, name = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as e:
                print(f"[{self.clock:6.2f}] {name} finished -> {e.value!r}")
                continue
            kind, arg = req
            if kind == "sleep":
                self.seq += 1
                heapq.heappush(self.sleeping, Timer(self.clock + arg, self.seq, (gen, self.clock + arg, name)))
            elif kind == "yield":
                self.ready.append((gen, arg * 2, name))

def worker(name: str, delays) -> Generator[tuple, Any, str]:
    total = 0
    for d in delays:
        woke = yield ("sleep", d)
        print(f"  {name} woke at {woke:.2f}")
        doubled = yield ("yield", d)
        total += doubled
    return f"{name}:{total}"

s = Scheduler()
s.spawn(worker("A", [1.5, 0.25, 2]), "A")
s.spawn(worker("B", [0.5, 0.5, 0.5, 0.5]), "B")
s.spawn(worker("C", [3]), "C")
s.run()
print(Timer(1.0, 2, None) < Timer(1.0, 3, "x"), Timer(2, 1, None))
