# checks that genpy runs this program (sched_event_loop_exc, from the second differential-testing corpus) exactly as CPython 3.11 does
class TaskError(Exception):
    def __init__(self, name, cause):
        super().__init__(f"{name} failed")
        self.name = name
        self.cause = cause
def flaky(name, fail_at):
    for i in range(5):
        if i == fail_at:
            raise KeyError(f"{name}-{i}")
        yield i
def loop(gens):
    q = list(gens.items())
    errors = []
    done = []
    while q:
        name, g = q.pop(0)
        try:
            next(g)
        except StopIteration:
            done.append(name)
        except Exception as e:
            try:
                raise TaskError(name, e) from e
            except TaskError as te:
                errors.append(te)
        else:
            q.append((name, g))
    return done, errors
done, errs = loop({"a": flaky("a", 2), "b": flaky("b", 99), "c": flaky("c", 0)})
print(done)
for e in errs:
    print(e, "|", repr(e.cause), "|", e.__cause__ is e.cause, type(e.__context__).__name__)
