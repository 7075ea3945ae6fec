# checks that genpy runs this program (gen_state_across, from the first differential-testing corpus) exactly as CPython 3.11 does
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(next(f), next(f))
import itertools
print(list(itertools.islice(fib(), 90, 92)))
def running_max(it):
    m = None
    for x in it:
        if m is None or x > m:
            m = x
        yield m
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n: buf.pop(0)
        if len(buf) == n: yield tuple(buf)
print(list(window(range(6), 3)))
def chunks(lst, n):
    for i in range(0, len(lst), n):
        yield lst[i:i + n]
print(list(chunks(list(range(10)), 4)))
def flatten(x):
    for e in x:
        if isinstance(e, list): yield from flatten(e)
        else: yield e
print(list(flatten([1, [2, [3, [4]], 5]])))
