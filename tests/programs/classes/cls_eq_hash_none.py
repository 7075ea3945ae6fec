# checks that genpy runs this program (cls_eq_hash_none, from the second differential-testing corpus) exactly as CPython 3.11 does
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
class Q:
    def __init__(self, x): self.x = x
print(P(1) == P(1), P(1) != P(2), P(1) == 1, [P(1), P(2)].index(P(2)), P(3) in [P(1), P(3)])
print(Q(1) == Q(1), Q(1) != Q(1))
q = Q(1)
print(q == q, q in [q], [q].count(q), {q: 1}[q])
try:
    {P(1): 1}
except TypeError as e:
    print("TypeError:", e)
