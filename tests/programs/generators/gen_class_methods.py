# checks that genpy runs this program (gen_class_methods, from the first differential-testing corpus) exactly as CPython 3.11 does
class Tree:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), list(t.walk()))
for d, v in t.walk(): print("  " * d + str(v))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
def dele():
    r = yield from Countdown(2)
    print("r", r)
print(list(dele()))
