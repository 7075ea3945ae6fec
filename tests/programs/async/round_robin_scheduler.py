# A hand-written round-robin scheduler driving coroutines with send(): each await
# of a request object suspends the coroutine back to the scheduler, which answers
# it (a sleep, a message to receive, a child to spawn) on a later turn.
from collections import deque
import types


class Request:
    def __init__(self, kind, *args):
        self.kind = kind
        self.args = args

    def __await__(self):
        reply = yield self
        return reply


def yield_now():
    return Request("yield")


def spawn(coro):
    return Request("spawn", coro)


def recv(box):
    return Request("recv", box)


def send_to(box, value):
    return Request("send", box, value)


@types.coroutine
def tick_count():
    ticks = yield Request("ticks")
    return ticks


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.waiting = {}
        self.mailboxes = {}
        self.ticks = 0
        self.results = {}

    def add(self, name, coro, value=None):
        self.ready.append((name, coro, value))

    def run(self):
        while self.ready:
            self.ticks += 1
            name, coro, value = self.ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[{self.ticks}] {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                print(f"[{self.ticks}] {name} failed: {type(exc).__name__}: {exc}")
                continue
            self.handle(name, coro, req)
        for name, coro in self.waiting.values():
            print(f"{name} still waits; closing it")
            coro.close()

    def handle(self, name, coro, req):
        if req.kind == "yield":
            self.add(name, coro)
        elif req.kind == "ticks":
            self.add(name, coro, self.ticks)
        elif req.kind == "spawn":
            child = req.args[0]
            child_name = f"{name}.{child.cr_code.co_name}"
            self.add(child_name, child)
            self.add(name, coro, child_name)
        elif req.kind == "recv":
            box = self.mailboxes.setdefault(req.args[0], deque())
            if box:
                self.add(name, coro, box.popleft())
            else:
                self.waiting[req.args[0]] = (name, coro)
        elif req.kind == "send":
            box, value = req.args
            if box in self.waiting:
                wname, wcoro = self.waiting.pop(box)
                self.add(wname, wcoro, value)
            else:
                self.mailboxes.setdefault(box, deque()).append(value)
            self.add(name, coro, True)


async def counter(label, n):
    total = 0
    for i in range(n):
        total += i
        print(f"{label} step {i}")
        await yield_now()
    return total


async def producer():
    for item in ["a", "b", "c"]:
        await send_to("box", item)
        print("sent", item)
        await yield_now()
    await send_to("box", None)
    return "producer done"


async def consumer():
    got = []
    while True:
        item = await recv("box")
        if item is None:
            break
        got.append(item)
        print("received", item)
    return got


async def parent():
    child = await spawn(counter("child", 2))
    print("spawned", child)
    ticks = await tick_count()
    print("tick count", ticks)
    return "parent done"


async def failing():
    await yield_now()
    raise ValueError("bad state")


async def forever():
    try:
        await recv("nobody-sends-here")
    finally:
        print("forever cleaned up")


s = Scheduler()
s.add("c1", counter("c1", 3))
s.add("c2", counter("c2", 2))
s.add("prod", producer())
s.add("cons", consumer())
s.add("parent", parent())
s.add("fail", failing())
s.add("forever", forever())
s.run()
print(sorted((k, v if not isinstance(v, Exception) else repr(v)) for k, v in s.results.items()))
