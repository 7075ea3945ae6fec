# checks an itertools pipeline: count -> generator -> takewhile -> islice, all lazy
from itertools import count, islice, takewhile


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def lengths():
    for n in count(1):
        yield n, collatz_len(n)


long_ones = ((n, s) for n, s in lengths() if s > 100)
print(list(islice(long_ones, 5)))
print(list(takewhile(lambda p: p[0] < 8, lengths())))
