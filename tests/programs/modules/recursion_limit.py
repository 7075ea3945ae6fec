# checks that recursion deeper than the default limit works after sys.setrecursionlimit
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(20000)
print(depth(5000))
print(depth(15000))
