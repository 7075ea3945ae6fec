# checks that one method-call site dispatches on each receiver's own type, however
# the types alternate (list, str, tuple, bool/int, a user class with the same name)
class Counter:
    def count(self, x):
        return "Counter.count(%r)" % (x,)

    def index(self, x):
        return -1


for obj, item in [([1, 2, 1], 1), ("a1b1", "1"), ((1, 1, 1), 1), (Counter(), 1), ([0, 1], 1), ("1", "1"), (Counter(), "z")]:
    print(type(obj).__name__, obj.count(item), obj.index(item))
for v in [True, 7, 255, False]:
    print(v.bit_length(), v.conjugate())
for d in [{}, {"a": 1}]:
    print(d.get("a"), list(d.keys()))
for s in ["x,y", "p q"]:
    print(s.split(","), s.upper())
