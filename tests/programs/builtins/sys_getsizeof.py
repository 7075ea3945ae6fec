import sys
nums_squared_lc = [i ** 2 for i in range(10000)]
print(sys.getsizeof(nums_squared_lc))
nums_squared_gc = (i ** 2 for i in range(10000))
print(type(nums_squared_gc).__name__)
for v in [0, 1, 2**30, 2**64, 1.5, "", "a", "é", "abc"*10, b"", b"ab", (), (1,), [], [1,2], {}, {1:2}, set(), {1}, range(5), None, True, 1j, list(range(100)), dict.fromkeys(range(10)), frozenset(), type, object()]:
    print(repr(v)[:20], sys.getsizeof(v))
def f(): yield 1
print(sys.getsizeof(f), sys.getsizeof(iter([])))
class A: pass
class B(A):
    x=1
    def f(self): pass
class E(Exception): pass
class S:
    __slots__=('a','b')
class L(list): pass
print(sys.getsizeof(int), sys.getsizeof(list), sys.getsizeof(type), sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(E), sys.getsizeof(S), sys.getsizeof(L), sys.getsizeof(E()), sys.getsizeof(ValueError('x')), sys.getsizeof(object()), sys.getsizeof(sys), sys.getsizeof(A()))
grown = []
sizes = []
for i in range(70):
    sizes.append(sys.getsizeof(grown))
    grown.append(i)
print(sizes)
d = {}
ds = []
for i in range(50):
    ds.append(sys.getsizeof(d))
    d[i] = i
print(ds)
d = {}
ds = []
for i in range(30):
    ds.append(sys.getsizeof(d))
    d[str(i)] = i
print(ds)
s = set()
ss = []
for i in range(60):
    ss.append(sys.getsizeof(s))
    s.add(i)
print(ss)
print([sys.getsizeof("x" * n) for n in (0, 1, 100)], [sys.getsizeof(c * 3) for c in "aé€😀"], [sys.getsizeof(10 ** k) for k in (0, 9, 10, 18, 19, 40)], sys.getsizeof(-(2 ** 63)))
print([sys.getsizeof([i for i in range(n)]) for n in (0, 1, 5, 10, 100, 1000)], sys.getsizeof([1, 2]), sys.getsizeof([0] * 7))
