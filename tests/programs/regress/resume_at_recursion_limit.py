# A generator resumed when its frame would pass the recursion limit: the resume
# raises RecursionError, nothing in the body runs (not even a `finally`), and the
# generator is finished, so a later next() raises StopIteration and a later throw()
# raises the thrown exception without running anything.
#
# CPython and genpy count depth differently (CPython also counts calls into C), so
# `rec` finds the depth where the generator's own frame is refused: from the deepest
# frame up, each frame resumes a fresh generator, until one resume goes through. The
# last generator refused is the one shown. The resumes call nothing else, and the
# generator bodies call nothing.
from inspect import getgeneratorstate as state

LATE = KeyError("late")
BOOM = ValueError("boom")


def gen(log):
    log += ["started"]
    try:
        yield 1
        log += ["resumed"]
        yield 2
    except ValueError:
        log += ["caught"]
        yield 3
    finally:
        log += ["finally"]


def outer(g, log):
    log += ["outer started"]
    try:
        yield from g
    except RecursionError:
        log += ["outer caught RecursionError"]
        yield "caught"
    yield "outer after"


def rec(op, pool):
    global k, refused, outcome, done
    try:
        rec(op, pool)
    except RecursionError:
        pass
    if done:
        return
    g = pool[k]
    k += 1
    try:
        if op == "next":
            next(g)
        elif op == "send":
            g.send(None)
        elif op == "throw":
            g.throw(BOOM)
        elif op == "close":
            g.close()
        elif op == "for":
            for v in g:
                break
    except RecursionError as e:
        refused = g
        outcome = e
        return
    except ValueError:
        pass
    done = True


def afterwards(name, g):
    try:
        print("  next(%s):" % name, next(g), state(g))
    except StopIteration:
        print("  next(%s): StopIteration" % name, state(g))
    try:
        print("  %s.throw:" % name, g.throw(LATE), state(g))
    except KeyError as e:
        print("  %s.throw: KeyError" % name, e, state(g))


def run(op, started, delegate):
    global k, refused, outcome, done
    logs = [[] for _ in range(60)]
    inner_logs = [[] for _ in range(60)]
    if delegate:
        inners = [gen(log) for log in inner_logs]
        pool = [outer(g, log) for g, log in zip(inners, logs)]
    else:
        pool = [gen(log) for log in logs]
    if started:
        for g in pool:
            next(g)
            del logs[pool.index(g)][:]
    k, refused, outcome, done = 0, None, None, False
    rec(op, pool)
    if refused is None:
        print(op, "started" if started else "created", "-> never refused")
        return
    i = pool.index(refused)
    print(op, "delegating" if delegate else "", "started" if started else "created",
          "->", type(outcome).__name__, state(refused), logs[i])
    if delegate:
        print("  delegate:", state(inners[i]), inner_logs[i])
        afterwards("delegate", inners[i])
    afterwards("g", refused)
    print("  ran afterwards:", logs[i], inner_logs[i] if delegate else "")


for started in (False, True):
    for op in ("next", "for", "send", "throw", "close"):
        run(op, started, False)
    for op in ("next", "for"):
        run(op, started, True)
