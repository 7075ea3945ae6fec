# checks that genpy runs this program (ctx_wrapping_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
class Lines:
    def __init__(self, data):
        self.data = data; self.opened = False
    def __enter__(self):
        self.opened = True
        print("open")
        return self.gen()
    def gen(self):
        for x in self.data:
            if not self.opened:
                raise RuntimeError("closed")
            yield x
    def __exit__(self, *exc):
        self.opened = False
        print("close", exc[0].__name__ if exc[0] else "clean")
        return False
with Lines(["a", "b", "c", "d"]) as g:
    for x in g:
        print(x)
        if x == "b": break
    print("still open, next:", next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
def managed(data):
    with Lines(data) as g:
        yield from g
m = managed([1, 2, 3])
print(next(m), next(m))
m.close()
print("closed m")
print(list(managed([7, 8])))
