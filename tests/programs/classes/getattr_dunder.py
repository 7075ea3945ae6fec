# checks that genpy runs this program (getattr_dunder, from the first differential-testing corpus) exactly as CPython 3.11 does
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.append(0); p.sort(); print(p._t)
class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
r = Rec(); r.x = 5; print(r.x, r.__dict__)
try:
    Proxy(1).nothing
except AttributeError as e:
    print(e)
