# checks that genpy runs this program (obj_eq_unhashable, from the first differential-testing corpus) exactly as CPython 3.11 does
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    s = {P(1)}
except TypeError as e:
    print(e)
print(P.__hash__)
