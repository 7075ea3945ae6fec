# checks that genpy runs this program (cls_getitem_slices, from the second differential-testing corpus) exactly as CPython 3.11 does
class Text:
    def __init__(self, s): self.s = s
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Text(self.s[k])
        if isinstance(k, tuple):
            return [self.s[i] for i in k]
        return self.s[k]
    def __setitem__(self, k, v):
        l = list(self.s)
        l[k] = v
        self.s = "".join(l)
    def __delitem__(self, k):
        l = list(self.s); del l[k]; self.s = "".join(l)
    def __len__(self): return len(self.s)
    def __repr__(self): return f"Text({self.s!r})"
t = Text("hello world")
print(t[1], t[-1], t[2:5], t[::-1], t[::2], t[0, 4, 6])
t[0] = "J"; t[6:] = "there"; del t[5]
print(t, len(t))
class Spy:
    def __getitem__(self, k): return k
sp = Spy()
print(sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, None], sp["a":"b"])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), list(range(20))[s])
