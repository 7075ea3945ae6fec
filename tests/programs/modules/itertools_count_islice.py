# checks itertools.count and islice are lazy and cut infinite generators
import itertools
from itertools import islice


def naturals():
    n = 0
    while True:
        print("naturals yields", n)
        yield n
        n += 1


print(list(islice(naturals(), 3)))
print(list(islice(itertools.count(10), 4)))
print(list(islice(itertools.count(0, 5), 2, 6)))
print(list(islice(itertools.count(1, 2), 1, 10, 3)))
print(list(islice("abcdefg", None, None, 2)))
c = itertools.count(100)
print(next(c), next(c), next(c))
it = islice(naturals(), 1, 3)
print("islice created")
print(next(it))
print(next(it), next(it, "end"))
print(list(islice(range(100), 0)), list(islice([1, 2], 5)))
