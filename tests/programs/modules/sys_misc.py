# checks that genpy runs this program (sys_misc, from the second differential-testing corpus) exactly as CPython 3.11 does
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform in ("linux", "darwin"))
print(sys.getrecursionlimit() >= 1000)
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
try:
    def inf(n): return inf(n + 1)
    inf(0)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))
print(sys.stdout.write("x") , file=sys.stdout)
sys.stdout.flush()
print("after")
print(*range(3), sep="-", end="!\n")
print("a", "b", sep="")
print()
print(end="")
print("no newline", end="")
print(" then", flush=True)
