# checks that genpy runs this program (isinstance_hierarchy, from the first differential-testing corpus) exactly as CPython 3.11 does
class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), isinstance(c, (int, B)), issubclass(C, A), issubclass(A, C), issubclass(C, C))
print(type(c) == C, type(c) == B, C.__bases__[0].__name__, [k.__name__ for k in C.__mro__])
print(isinstance(1, object), isinstance(None, object), issubclass(int, object), isinstance(A, type))
print(isinstance(True, (str, int)), isinstance(1.0, int), isinstance([], list))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
