# checks that genpy runs this program (gen_interleave_roundrobin, from the second differential-testing corpus) exactly as CPython 3.11 does
def roundrobin(*iterables):
    its = [iter(it) for it in iterables]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(roundrobin("ABC", "D", "EF", range(3))))
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k); yield x
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbcCAD", str.lower)))
def partition(pred, it):
    t, f = [], []
    for x in it:
        (t if pred(x) else f).append(x)
    return t, f
print(partition(lambda x: x % 3 == 0, range(10)))
def nth(it, n, default=None):
    for i, x in enumerate(it):
        if i == n: return x
    return default
print(nth(iter("abcdef"), 3), nth([], 0, "none"))
