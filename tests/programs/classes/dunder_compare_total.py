# checks that genpy runs this program (dunder_compare_total, from the first differential-testing corpus) exactly as CPython 3.11 does
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __ge__(self, o): return self.n >= o.n
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"V{self.n}"
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), V(1) < V(2) <= V(2), V(3) >= V(4))
vs.sort(reverse=True); print(vs)
print(V(1) in vs, vs.index(V(2)))
