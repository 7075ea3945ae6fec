# checks that the default recursion limit (1000) stops 10 000-deep recursion with RecursionError, caught and then uncaught
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(900))
try:
    depth(10_000)
except RecursionError as e:
    print("caught:", e)
print("the interpreter is usable after a RecursionError:", depth(10))
depth(10_000)
