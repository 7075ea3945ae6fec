# checks that genpy runs this program (cls_iter_protocol, from the second differential-testing corpus) exactly as CPython 3.11 does
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])))
class Range2:
    def __init__(self, a, b): self.a, self.b = a, b
    def __iter__(self):
        x = self.a
        while x < self.b:
            yield x
            x += 2
    def __len__(self): return max(0, (self.b - self.a + 1) // 2)
    def __reversed__(self): return iter(list(self)[::-1])
r = Range2(1, 10)
print(list(r), len(r), list(reversed(r)), list(zip(r, r)), dict.fromkeys(r))
it = iter(r)
print(next(it), next(it), list(it), list(it))
