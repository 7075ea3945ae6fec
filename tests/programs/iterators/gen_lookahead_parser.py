# checks that genpy runs this program (gen_lookahead_parser, from the second differential-testing corpus) exactly as CPython 3.11 does
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self.it = iter(it); self.buf = []
    def peek(self, default=_sentinel):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                if default is Peekable._sentinel:
                    raise
                return default
        return self.buf[0]
    def __iter__(self): return self
    def __next__(self):
        if self.buf: return self.buf.pop(0)
        return next(self.it)
def group_runs(nums):
    p = Peekable(nums)
    for x in p:
        start = end = x
        while p.peek(None) == end + 1:
            end = next(p)
        yield f"{start}-{end}" if start != end else str(start)
print(",".join(group_runs([1, 2, 3, 5, 7, 8, 10, 11, 12, 13, 20])))
p = Peekable("ab")
print(p.peek(), next(p), p.peek(), list(p), p.peek("done"))
try:
    p.peek()
except StopIteration:
    print("StopIteration from peek")
