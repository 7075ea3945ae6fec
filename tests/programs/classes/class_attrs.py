# checks that genpy runs this program (class_attrs, from the first differential-testing corpus) exactly as CPython 3.11 does
class Base:
    registry = []
    kind = "base"
    def __init__(self):
        Base.registry.append(type(self).__name__)
    def __str__(self): return f"<{self.kind}>"
class Sub(Base):
    kind = "sub"
Base(); Sub(); s = Sub()
print(Base.registry, str(s), s.kind, Base.kind)
s.kind = "inst"; print(s.kind, Sub.kind)
del s.kind; print(s.kind)
print(Sub.__dict__.get("kind"), "kind" in Base.__dict__)
class WithRepr:
    def __repr__(self): return "WR"
print(str(WithRepr()), [WithRepr()], f"{WithRepr()}")
class WithStr:
    def __str__(self): return "WS"
w = WithStr(); print(w, [w][0] is w, repr(w).startswith("<__main__.WithStr object at"))
print(type(s) is Sub, type(s) == Sub, s.__class__.__name__, Sub.__mro__[1].__name__)
def method(self): return "patched"
Sub.m = method; print(s.m())
