# checks that genpy runs this program (cls_ordering_total, from the second differential-testing corpus) exactly as CPython 3.11 does
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(Version("1.2") >= Version("1.1"), Version("1.2") <= Version("1.2"), Version("3") > Version("2.9.9"))
print(max(vs), sorted(vs, reverse=True)[:2])
