# checks that genpy runs this program (gen_pipeline1, from the first differential-testing corpus) exactly as CPython 3.11 does
def read(n):
    for i in range(n):
        print("produce", i)
        yield i
def sq(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
p = evens(sq(read(6)))
print(list(p))
print(sum(x for x in range(100) if x % 7 == 3))
g = (c.upper() for c in "abc")
print(next(g), next(g), list(g), list(g))
