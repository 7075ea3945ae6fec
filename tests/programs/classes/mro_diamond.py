# checks the C3 MRO in a diamond and super() following it
class A:
    def hello(self):
        print("A.hello")


class B(A):
    def hello(self):
        print("B.hello")
        super().hello()


class C(A):
    def hello(self):
        print("C.hello")
        super().hello()


class D(B, C):
    def hello(self):
        print("D.hello")
        super().hello()


D().hello()
print([k.__name__ for k in D.__mro__])


class E(C, B):
    pass


print([k.__name__ for k in E.__mro__])
E().hello()
