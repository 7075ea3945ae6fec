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
            pending -= 1
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
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
print(list(accumulate(range(1, 6), initial=100)), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(product(range(2), repeat=3))[:4], len(list(product("ab", "cd", repeat=2))))
print(list(permutations("abc")), list(permutations([], 0)), list(combinations(range(4), 0)), list(combinations("ab", 3)))
print(list(islice(count(1, 0.5), 4)), list(islice(count(), 2, 10, 3)), list(zip(count(), "ab")))
print([(k, list(g)) for k, g in groupby([("a", 1), ("a", 2), ("b", 3)], key=operator.itemgetter(0))])
g = groupby("aaabb"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b, c = tee("xyz", 3); print(list(a), list(b), next(c))
print(list(zip_longest("ab", "cde", "f")), list(starmap(lambda *xs: sum(xs), [(1, 2, 3), (4,)])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress(count(), [0, 1, 1, 0, 1])))
print(list(takewhile(str.isdigit, "123abc456")), "".join(dropwhile(str.isspace, "   padded")))
print(list(repeat([1], 2)), list(map(pow, range(5), repeat(2))), list(islice(cycle([]), 3)))
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.pairwise(5)
except TypeError as e:
    print("TypeError:", e)
try:
    it.batched("abc", 2)
except AttributeError as e:
    print("AttributeError:", e)
cnt = count(5); next(cnt); print(repr(cnt), repr(repeat("x")), repr(count(2.5, -1)))
print(type(chain()).__name__, type(islice([], 1)).__name__, iter(chain([1])) is not None, chain.__name__)
ch = chain([1, 2], [3]); print(next(ch), list(ch))
print(sum(1 for _ in combinations_with_replacement(range(5), 3)), list(pairwise([1])), list(pairwise([])))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 2 + x)), list(it.accumulate([5, 1, 3], min)))
