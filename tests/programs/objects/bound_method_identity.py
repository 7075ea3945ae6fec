import functools
class C:
    def m(self): "doc"
    @functools.wraps(m)
    def w(self): pass
C.m.tag = 1
c = C()
print(c.m.tag, c.m.__module__, c.m.__defaults__, c.w.__wrapped__.__name__, c.m.__func__ is C.m, c.m == c.m, repr(c.m)[:20])
for n in ["nope", "__nope__", "__call__"]:
    try:
        print(n, getattr(c.m, n) is not None)
    except AttributeError as e:
        print(e)
class Bus:
    def __init__(self): self.subs = set()
    def on(self, f): self.subs.add(f)
    def off(self, f): self.subs.discard(f)
class L:
    def __init__(self, n): self.n = n
    def hit(self): pass
bus = Bus(); a, b = L(1), L(2)
bus.on(a.hit); bus.on(b.hit); bus.on(a.hit)
print(len(bus.subs)); bus.off(a.hit); print(len(bus.subs), b.hit in bus.subs, a.hit in bus.subs)
print(a.hit == a.hit, a.hit != a.hit, a.hit == b.hit, hash(a.hit) == hash(a.hit), [a.hit].index(a.hit), {a.hit: 1}[a.hit])
x = [1]
print(x.append == x.append, x.append == [1].append)
def f(): pass
class C:
    def m(self): pass
print(hasattr(f, "__call__"), hasattr(C().m, "__call__"), hasattr(len, "__call__"), hasattr(C, "__call__"), hasattr(1, "__call__"))
