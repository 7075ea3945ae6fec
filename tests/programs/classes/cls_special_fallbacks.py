# checks that genpy runs this program (cls_special_fallbacks, from the second differential-testing corpus) exactly as CPython 3.11 does
class OnlyLen:
    def __len__(self): return 0
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
class OnlyRepr:
    def __repr__(self): return "R!"
print(bool(OnlyLen()), 2 in OnlyIter(), 5 in OnlyIter(), list(OnlyIter()), sorted(OnlyIter(), reverse=True))
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]), OnlyGt(1) < OnlyGt(2), min([OnlyGt(5), OnlyGt(4)]))
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()), [OnlyRepr()], "%s" % OnlyRepr())
class NE:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(NE(1) != NE(1), NE(1) != NE(2))
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
