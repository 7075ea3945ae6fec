# checks that a subclass's reflected operator runs before the base's
class A:
    def __add__(self, o): return "A.add"
class B(A):
    def __radd__(self, o): return "B.radd"
print(A() + B())
class C:
    def __eq__(self, o): return "C.eq"
class D(C):
    def __eq__(self, o): return "D.eq"
print(C() == D())
