def f(): pass
f.flag = True
class C:
    def m(self): pass
C.m.tag = 1
c = C()
print(getattr(c.m, "tag", None), c.m.tag, hasattr(c.m, "nope"))
import traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("tb", tb is not None, [tb.tb_frame.f_code.co_name for tb in [tb] if tb], tb.tb_lineno if tb else None)
        print(traceback.format_exception(t, v, tb))
        return True
def inner(): raise ValueError
def test():
    with CM():
        inner()
test()
