# A suspended generator that only a reference cycle keeps alive is finalized by the
# cycle collector: its `finally` (or `except GeneratorExit`) runs at gc.collect(),
# and at interpreter exit for one still alive then.
import gc


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


def catcher(name):
    try:
        yield 1
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise


class Holder:
    pass


h = Holder()
h.gen = worker("first")
h.me = h
next(h.gen)
del h
print("dropped the holder")
print("collected something:", gc.collect() > 0)
print("after the collection")

# The generator's own frame holds the cycle: a local refers to the generator.
def selfish():
    me = yield "started"
    try:
        yield me
    finally:
        print("selfish finally")


g = selfish()
print(next(g))
print(g.send(g) is g)
del g
print("collected something:", gc.collect() > 0)

# A list cycle holding a generator stopped inside `except GeneratorExit`.
lst = [catcher("catcher")]
lst.append(lst)
next(lst[0])
del lst
gc.collect()
print("catcher collected")

# A generator that never started, or that finished, runs nothing.
quiet = [worker("never started")]
quiet.append(quiet)
done = [worker("finished")]
done.append(done)
for _ in done[0]:
    pass
del quiet, done
gc.collect()

# Still alive at exit: finalized by the last collection.
last = Holder()
last.gen = worker("at exit")
last.me = last
next(last.gen)
del last
print("end of program")
