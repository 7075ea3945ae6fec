# checks that genpy runs this program (yf_send_chain, from the first differential-testing corpus) exactly as CPython 3.11 does
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def mid():
    r = yield from acc()
    print("acc returned", r)
    return r * 2
def top():
    r = yield from mid()
    yield "final", r
t = top()
print(next(t), t.send(1), t.send(2), t.send(3), t.send(None))
class Only:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration("done")
        return self.i
def d():
    r = yield from Only()
    print("r", r)
g = d(); print(next(g))
try: g.send(5)
except AttributeError as e: print("AE", e)
