# checks that genpy runs this program (cls_super_chain, from the second differential-testing corpus) exactly as CPython 3.11 does
class A:
    def __init__(self):
        print("A.init"); super().__init__()
    def who(self): return ["A"]
class B(A):
    def __init__(self):
        print("B.init"); super().__init__()
    def who(self): return ["B"] + super().who()
class C(A):
    def __init__(self):
        print("C.init"); super().__init__()
    def who(self): return ["C"] + super().who()
class D(B, C):
    def __init__(self):
        print("D.init"); super().__init__()
    def who(self): return ["D"] + super().who()
d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
class Base:
    def greet(self, name="world"):
        return f"hello {name}"
class Child(Base):
    def greet(self, name="child"):
        return super().greet(name).upper() + "!"
    @classmethod
    def make(cls):
        return super(Child, cls).__new__(cls)
print(Child().greet(), Child().greet("x"), type(Child.make()).__name__)
