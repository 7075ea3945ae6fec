# checks that genpy runs this program (ctx_timer_class, from the second differential-testing corpus) exactly as CPython 3.11 does
class Tracker:
    depth = 0
    def __init__(self, name, suppress=()):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        Tracker.depth += 1
        print("  " * Tracker.depth + f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Tracker.depth + f"exit {self.name} {et.__name__ if et else None} {ev!r}")
        Tracker.depth -= 1
        return et is not None and issubclass(et, self.suppress)
with Tracker("outer") as o, Tracker("inner", (KeyError,)) as i:
    print(o.name, i.name)
    {}["k"]
print("after 1")
try:
    with Tracker("a", (KeyError,)):
        with Tracker("b"):
            raise ValueError("boom")
except ValueError as e:
    print("escaped", e)
def f():
    with Tracker("in f"):
        return "returned"
print(f())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1: continue
        if i == 2: break
