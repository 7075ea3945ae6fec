# checks that genpy runs this program (sched_channels, from the second differential-testing corpus) exactly as CPython 3.11 does
class Channel:
    def __init__(self): self.items = []; self.closed = False
def producer(ch, items):
    for it in items:
        ch.items.append(it)
        yield "put"
    ch.closed = True
    yield "closed"
def consumer(ch, name, out):
    while True:
        if ch.items:
            out.append((name, ch.items.pop(0)))
            yield "got"
        elif ch.closed:
            return
        else:
            yield "wait"
out = []
ch = Channel()
tasks = list([producer(ch, range(7)), consumer(ch, "A", out), consumer(ch, "B", out)])
trace = []
while tasks:
    t = tasks.pop(0)
    try:
        trace.append(next(t)[0])
        tasks.append(t)
    except StopIteration:
        trace.append("!")
print("".join(trace))
print(out)
