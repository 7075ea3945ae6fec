# checks that genpy runs this program (itertools_pipeline_lazy, from the second differential-testing corpus) exactly as CPython 3.11 does
from itertools import count, islice, takewhile, chain
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(list(islice(primes(), 20)))
def windows(it, n):
    it = iter(it)
    win = list(islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windows(range(7), 3)))
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunked("abcdefgh", 3)))
evens = (x for x in count() if x % 2 == 0)
sq = (x * x for x in evens)
print(list(islice(sq, 5)), next(sq), next(evens))
print(sum(islice(primes(), 1000)))
