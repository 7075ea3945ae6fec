# checks that genpy runs this program (gen_method_chain, from the first differential-testing corpus) exactly as CPython 3.11 does
class Pipeline:
    def __init__(self, source): self.source = source
    def map(self, fn):
        return Pipeline(fn(x) for x in self.source)
    def filter(self, pred):
        return Pipeline(x for x in self.source if pred(x))
    def take(self, n):
        def gen():
            for i, x in enumerate(self.source):
                if i >= n: return
                yield x
        return Pipeline(gen())
    def __iter__(self): return iter(self.source)
    def collect(self): return list(self)
def naturals():
    n = 0
    while True:
        yield n; n += 1
print(Pipeline(naturals()).map(lambda x: x * x).filter(lambda x: x % 2).take(5).collect())
p = Pipeline(range(5))
print([x for x in p], sum(p.map(abs)), list(p.take(2)))
