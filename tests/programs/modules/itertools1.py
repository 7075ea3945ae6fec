# checks that genpy runs this program (itertools1, from the first differential-testing corpus) exactly as CPython 3.11 does
import itertools as it
from itertools import count, islice, chain, repeat, takewhile, dropwhile
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3, 8)), list(islice([1,2], 5)))
print(list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)), list(repeat(1, 0)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
c = count(5); print(next(c), next(c), c)
print(list(zip(count(), "abc")))
print(list(it.islice((x * x for x in count()), 3, 6)))
r = repeat(7, 2); print(r)
