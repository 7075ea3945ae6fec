# checks that genpy runs this program (gen_reuse_exhausted, from the first differential-testing corpus) exactly as CPython 3.11 does
def count3():
    yield from range(3)
g = count3()
print(list(g), list(g), sum(g), max(g, default="empty"))
for x in g: print("never")
print(next(g, "sentinel"))
