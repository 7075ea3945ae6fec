# checks that genpy runs this program (cls_getattr_proxy, from the second differential-testing corpus) exactly as CPython 3.11 does
class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []
    def __getattr__(self, name):
        self._log.append(name)
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                r = attr(*a, **k)
                self._log.append(f"{name}->{r!r}")
                return r
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.index(2), p._log)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
class Default:
    x = 1
    def __getattr__(self, n):
        return f"<{n}>"
d = Default()
print(d.x, d.y, getattr(d, "z"), hasattr(d, "anything"))
