import itertools as it
from itertools import *
import operator

def window(seq, n):
    its = tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)

def chunks(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(islice(iterator, n)):
        yield chunk

def roundrobin(*iterables):
    nexts = cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 0
            nexts = cycle(islice(nexts, pending))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(window(range(6), 3)), list(chunks("abcdefg", 3)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AA��BBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
try:
    it.batched("abc", 2)
except AttributeError as e:
    print("AttributeError:", e)