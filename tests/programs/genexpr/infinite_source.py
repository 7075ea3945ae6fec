# checks genexps over infinite generators, cut by next, islice and takewhile
from itertools import count, islice, takewhile


def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
cubes = (n ** 3 for n in count(1))
print(list(islice(cubes, 5)))
print(list(takewhile(lambda c: c < 1000, (n ** 3 for n in count(1)))))
first_big = next(n for n in naturals() if n * n > 500)
print(first_big)
