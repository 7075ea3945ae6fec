# checks a yield from chain 100 000 deep yields and returns through every level (MANUAL: CPython 3.11 segfaults on this program, so its .out is hand-written; see README.md)
import sys

sys.setrecursionlimit(10**6)
DEPTH = 100_000


def chain(n):
    if n == 0:
        received = yield "hello from the bottom"
        return f"bottom received {received!r}"
    result = yield from chain(n - 1)
    return result


g = chain(DEPTH)
print("built the top generator; the chain grows on the first next()")
print(next(g))
try:
    g.send("sent from the top")
except StopIteration as e:
    print("returned:", e.value)
print("depth", DEPTH, "done")
