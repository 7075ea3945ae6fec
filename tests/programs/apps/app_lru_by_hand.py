# checks that genpy runs this program (app_lru_by_hand, from the second differential-testing corpus) exactly as CPython 3.11 does
class LRU:
    def __init__(self, cap):
        self.cap = cap; self.d = {}; self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k); self.d[k] = v; self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
        self.d[k] = v
    def __repr__(self):
        return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for op in "p1 p2 p3 g1 p4 g2 g3 g1 p5 g4 g1".split():
    k = int(op[1])
    if op[0] == "p": c.put(k, k * 10)
    else: c.get(k)
print(c)
