import types, sys
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.CodeType, types.FrameType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), ns == types.SimpleNamespace(a=2))
ns.c = [1]
print(ns, vars(ns))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), "k" in mp, list(mp), mp.get("z", 0))
try:
    mp["z"] = 1
except TypeError as e:
    print(e)
print(types.NoneType, type(None) is types.NoneType)
