# checks that genpy runs this program (with_stmt, from the first differential-testing corpus) exactly as CPython 3.11 does
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("hidden")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
def g():
    with CM("gen"):
        yield 1
        yield 2
for x in g():
    print(x)
    break
print("end")
def f():
    with CM("ret"):
        return "value"
print(f())
