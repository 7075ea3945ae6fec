# checks that genpy runs this program (recursion_funcs, from the first differential-testing corpus) exactly as CPython 3.11 does
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
def fib(n, memo={}):
    if n < 2: return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fact(25), fib(100), fact(0))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(10**5)
except RecursionError as e:
    print("RecursionError:", e)
def gcd(a, b): return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
