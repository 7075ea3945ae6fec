# checks that genpy runs this program (truthiness, from the first differential-testing corpus) exactly as CPython 3.11 does
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return False
class E: pass
print(bool(L()), bool(B()), bool(E()), not L(), "yes" if E() else "no")
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), list(It()), sorted(It(), reverse=True), max(It()), tuple(It()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
