# checks with over __enter__/__exit__: ordering, the as target, exception info and suppression
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as r:
    print("inside with", r)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)


def gen():
    with Resource("in generator"):
        yield 1
        yield 2


for x in gen():
    print("got", x)
