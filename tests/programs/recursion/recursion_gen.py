# checks that genpy runs this program (recursion_gen, from the first differential-testing corpus) exactly as CPython 3.11 does
def perms(s):
    if len(s) <= 1:
        yield s; return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i+1:]):
            yield c + p
print(list(perms("abc")))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(len(list(hanoi(10))), list(hanoi(2)))
def primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1
import itertools
print(list(itertools.islice(primes(), 20)))
