# checks that genpy runs this program (iterator_class_protocol, from the first differential-testing corpus) exactly as CPython 3.11 does
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
it = iter(r); print(next(it), next(it), type(it).__name__)
class Fwd:
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
class Holder:
    def __iter__(self): return Fwd()
print(list(Holder()), sum(Holder()))
try:
    iter(Fwd())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(e)
