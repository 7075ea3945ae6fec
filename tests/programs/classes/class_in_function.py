# checks that genpy runs this program (class_in_function, from the first differential-testing corpus) exactly as CPython 3.11 does
def factory(base_val):
    class Local:
        val = base_val
        def get(self): return self.val + base_val
    return Local
L1 = factory(1); L2 = factory(10)
print(L1().get(), L2().get(), L1.__name__, L1.__qualname__, L1 is L2)
def counter_class():
    class C:
        instances = 0
        def __init__(self): C.instances += 1
    return C
C = counter_class(); C(); C(); print(C.instances)
