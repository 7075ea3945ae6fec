import types
class C:
    def __init__(self): self.n = 2
def double(self): return self.n * 2
c = C()
c.double = types.MethodType(double, c)
print(c.double(), type(c.double).__name__, c.double.__self__ is c, c.double.__func__ is double)
m = types.MethodType(lambda self, x: self.n + x, c)
print(m(5))
ns = types.SimpleNamespace(**{"a": 1})
print(ns, repr(types.SimpleNamespace()), types.SimpleNamespace(x=[1]) == types.SimpleNamespace(x=[1]))
ns.b = 2; del ns.a
print(ns, hasattr(ns, "a"))
Dyn = types.new_class("Dyn", (C,), {}, lambda ns: ns.update({"z": 26}))
print(Dyn().z, Dyn.__mro__[1].__name__)
print(isinstance(print, types.BuiltinFunctionType), isinstance(c.double, types.MethodType), isinstance(double, types.FunctionType))
