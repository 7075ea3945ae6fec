# checks that genpy runs this program (gen_infinite_merge, from the second differential-testing corpus) exactly as CPython 3.11 does
def merge_sorted(*its):
    iters = [iter(i) for i in its]
    heads = []
    for idx, it in enumerate(iters):
        v = next(it, None)
        if v is not None:
            heads.append([v, idx])
    while heads:
        heads.sort()
        v, idx = heads[0]
        yield v
        nv = next(iters[idx], None)
        if nv is None:
            heads.pop(0)
        else:
            heads[0][0] = nv
def multiples(k):
    n = k
    while True:
        yield n
        n += k
from itertools import islice
print(list(islice(merge_sorted(multiples(3), multiples(5), multiples(7)), 15)))
print(list(merge_sorted([1, 4, 9], [2, 3, 10], [], [0])))
def hamming():
    seen = {1}
    frontier = [1]
    while True:
        frontier.sort()
        x = frontier.pop(0)
        yield x
        for m in (2, 3, 5):
            if x * m not in seen:
                seen.add(x * m); frontier.append(x * m)
print(list(islice(hamming(), 20)))
