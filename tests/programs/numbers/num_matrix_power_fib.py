# checks that genpy runs this program (num_matrix_power_fib, from the second differential-testing corpus) exactly as CPython 3.11 does
def matmul(a, b, m=None):
    r = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return [[x % m for x in row] for row in r] if m else r
def matpow(a, n, m=None):
    r = [[1, 0], [0, 1]]
    while n:
        if n & 1: r = matmul(r, a, m)
        a = matmul(a, a, m); n >>= 1
    return r
def fib(n, m=None): return matpow([[1, 1], [1, 0]], n, m)[0][1]
print([fib(i) for i in range(15)])
print(fib(300))
print(fib(10 ** 15, 10 ** 9 + 7))
print(len(str(fib(5000))), str(fib(5000))[:20])
