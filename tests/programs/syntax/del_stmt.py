# checks that genpy runs this program (del_stmt, from the first differential-testing corpus) exactly as CPython 3.11 does
a = [0, 1, 2, 3, 4, 5, 6]
del a[0]; print(a)
del a[1:3]; print(a)
del a[-1]; print(a)
d = {"a": 1, "b": 2}; del d["a"]; print(d)
x = 5; del x
try: print(x)
except NameError as e: print(e)
class O: pass
o = O(); o.attr = 1; del o.attr; print(hasattr(o, "attr"))
try: del d["zz"]
except KeyError as e: print("KeyError", e)
try: del a[100]
except IndexError as e: print(e)
p, q = 1, 2
del p, q
l = [1, 2, 3]; del l[:]; print(l)
