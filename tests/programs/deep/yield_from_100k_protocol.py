# checks send, throw and close through a yield from chain 100 000 deep (MANUAL: CPython 3.11 segfaults on this program, so its .out is hand-written; see README.md)
import sys

sys.setrecursionlimit(10**6)
DEPTH = 100_000


def bottom():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError as e:
                print("bottom caught", e)
                total = -1
    finally:
        print("bottom finally, total", total)


def chain(n):
    if n == 0:
        return (yield from bottom())
    return (yield from chain(n - 1))


g = chain(DEPTH)
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("thrown from the top")))
print(g.send(3))
print("close returns", g.close())
print("top state closed:", g.gi_frame is None)
