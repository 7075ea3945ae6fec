# checks plain Python recursion 100 000 deep works after sys.setrecursionlimit (CPython 3.11 does not use the C stack here)
import sys

sys.setrecursionlimit(200_000)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(100_000))


def gen_depth(n):
    # each level is a generator driven by next() from the level above
    if n == 0:
        yield 0
        return
    yield next(gen_depth(n - 1)) + 1


print(next(gen_depth(1000)))
