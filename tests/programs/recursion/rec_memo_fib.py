# checks that genpy runs this program (rec_memo_fib, from the second differential-testing corpus) exactly as CPython 3.11 does
import functools
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
memo = {}
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n, n) for n in range(15)])
print(partitions(100, 100))
@functools.cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
