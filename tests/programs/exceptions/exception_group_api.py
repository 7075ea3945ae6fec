# ExceptionGroup and BaseExceptionGroup: construction and its checks (the class
# chosen by the members), message/exceptions/args, str and repr, split and subgroup by
# type, tuple and predicate (nesting kept, notes/cause copied), derive overridden
# by a subclass, generic alias, read-only attributes.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
v1, t1, k1 = ValueError(1), TypeError(2), KeyError(3)
eg = ExceptionGroup("top", [v1, ExceptionGroup("inner", [t1, k1]), ValueError(4)])
print(eg, repr(eg), eg.message, eg.exceptions, eg.args, type(eg).__mro__)
show(lambda: BaseExceptionGroup("b", [ValueError()]))
show(lambda: type(BaseExceptionGroup("b", [ValueError()])))
show(lambda: type(BaseExceptionGroup("b", [KeyboardInterrupt()])))
show(lambda: ExceptionGroup("b", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("x", ValueError()))
show(lambda: ExceptionGroup("x", []))
show(lambda: ExceptionGroup("x", [1]))
show(lambda: ExceptionGroup("x", {ValueError()}))
show(lambda: ExceptionGroup("x", (ValueError(),)))
show(lambda: ExceptionGroup("x"))
show(lambda: ExceptionGroup("x", [ValueError()], 3))
show(lambda: str(ExceptionGroup("x", [ValueError()])))
show(lambda: ExceptionGroup("x", [ValueError()]).args)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
print(eg.split(lambda e: isinstance(e, ExceptionGroup)))
print(eg.split(Exception)[0] is eg, eg.split(OSError))
print(repr(eg.subgroup(ValueError)), repr(eg.subgroup(lambda e: 'inner' in str(e))), eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
full = ExceptionGroup("f", [ValueError(1), ValueError(2)])
print(full.subgroup(ValueError) is full, full.split(ValueError)[0] is full)
show(lambda: eg.split(3))
show(lambda: eg.split("x"))
show(lambda: eg.subgroup(int))
d = eg.derive([v1])
print(repr(d), type(d), d.__traceback__)
eg.add_note("note1")
eg.__cause__ = RuntimeError("c")
m, r = eg.split(ValueError)
print(m.__notes__, m.__cause__, r.__notes__, m.__notes__ is eg.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(meg), repr(meg.split(ValueError)), type(meg.subgroup(TypeError)).__name__)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("x", [KeyboardInterrupt()]), Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup[int])
try:
    raise ExceptionGroup("raised", [ValueError("a")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions)
show(lambda: setattr(eg, "message", "x"))
print(eg.__dict__ if hasattr(eg, '__dict__') else None)
