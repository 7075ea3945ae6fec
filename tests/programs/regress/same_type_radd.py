# checks that __radd__ is not tried when both operands have the same type
class A:
    def __radd__(self, o): return "radd"
print(A() + A())
