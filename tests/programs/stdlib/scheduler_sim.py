# A discrete-event simulation: a heap of (time, seq, task) drives generator tasks
# that sleep, send messages through deque mailboxes and record events; bisect
# answers "what happened before t"; contextlib manages task lifetimes and logging.
import heapq
from bisect import bisect_right, insort
from collections import deque
from contextlib import contextmanager, ExitStack, suppress


class Sleep:
    def __init__(self, delay):
        self.delay = delay


class Send:
    def __init__(self, to, msg):
        self.to, self.msg = to, msg


class Recv:
    pass


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.mailboxes = {}
        self.waiting = {}
        self.timeline = []
        self.log = deque(maxlen=5)

    def spawn(self, name, gen, at=0):
        self.mailboxes[name] = deque()
        self.schedule(at, name, gen, None)

    def schedule(self, t, name, gen, value):
        self.seq += 1
        heapq.heappush(self.queue, (t, self.seq, name, gen, value))

    def record(self, what):
        insort(self.timeline, (self.now, what))
        self.log.append(f"t={self.now} {what}")

    def run(self):
        while self.queue:
            self.now, _, name, gen, value = heapq.heappop(self.queue)
            try:
                op = gen.send(value)
            except StopIteration as stop:
                self.record(f"{name} finished -> {stop.value}")
                continue
            if isinstance(op, Sleep):
                self.schedule(self.now + op.delay, name, gen, None)
            elif isinstance(op, Send):
                self.mailboxes[op.to].append((name, op.msg))
                if op.to in self.waiting:
                    self.deliver(op.to)
                self.schedule(self.now, name, gen, None)
            elif isinstance(op, Recv):
                self.waiting[name] = gen
                if self.mailboxes[name]:
                    self.deliver(name)

    def deliver(self, name):
        gen = self.waiting.pop(name)
        self.schedule(self.now, name, gen, self.mailboxes[name].popleft())


sched = Scheduler()


@contextmanager
def lifetime(name):
    sched.record(f"{name} starts")
    try:
        yield
    except GeneratorExit:
        sched.record(f"{name} cancelled")
        raise
    finally:
        sched.record(f"{name} cleans up")


def producer(name, items, delay):
    with lifetime(name):
        for item in items:
            yield Sleep(delay)
            sched.record(f"{name} sends {item}")
            yield Send("consumer", item)
        yield Send("consumer", None)
    return len(items)


def consumer(expected_ends):
    total = 0
    window = deque(maxlen=3)
    with lifetime("consumer"):
        while expected_ends:
            sender, item = yield Recv()
            if item is None:
                expected_ends -= 1
                continue
            window.append(item)
            total += item
            sched.record(f"consumer got {item} from {sender}, last3={list(window)}")
    return total


def ticker(period, count):
    with ExitStack() as stack:
        stack.callback(sched.record, "ticker stack closed")
        stack.enter_context(lifetime("ticker"))
        for i in range(count):
            yield Sleep(period)
            sched.record(f"tick {i}")
    return "ticks done"


sched.spawn("consumer", consumer(2))
sched.spawn("fast", producer("fast", [1, 2, 3, 4], 2))
sched.spawn("slow", producer("slow", [10, 20], 5), at=1)
sched.spawn("ticker", ticker(3, 4))
sched.run()

for t, what in sched.timeline:
    print(f"{t:3} {what}")
print("recent:", list(sched.log))
cut = bisect_right(sched.timeline, (6, chr(0x10FFFF)))
print("events up to t=6:", cut, "of", len(sched.timeline))

pending = []
for t, job in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    heapq.heappush(pending, (t, job))
print("pending heap:", pending)
print("next three:", heapq.nsmallest(3, pending), "last:", heapq.nlargest(1, pending))
with suppress(IndexError):
    while True:
        print("run", heapq.heappop(pending))


def interrupted():
    with lifetime("sleeper"):
        yield Sleep(1)
        yield Sleep(1)


g = interrupted()
next(g)
g.close()
print(list(sched.log)[-2:])
