# checks that genpy runs this program (iter_sentinel, from the first differential-testing corpus) exactly as CPython 3.11 does
data = iter([3, 2, 1, 0, 5])
class Ctr:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1; return self.n
with open("f.txt", "w") as fh: fh.write("a\nb\n\nc\n")
with open("f.txt") as fh:
    print(fh.readline(), fh.readline())
it = iter(range(3)); print(list(it), list(it))
print(iter(it) is it, next(iter([]), None))
