# checks that genpy runs this program (nonlocal_closure_gen, from the first differential-testing corpus) exactly as CPython 3.11 does
def make_gen():
    state = {"n": 0}
    count = 0
    def g():
        nonlocal count
        while True:
            count += 1
            state["n"] += 2
            yield count, state["n"]
    return g, lambda: count
g, peek = make_gen()
it = g()
print(next(it), next(it), peek())
it2 = g(); print(next(it2), peek())
