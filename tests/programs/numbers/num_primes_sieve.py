# checks that genpy runs this program (num_primes_sieve, from the second differential-testing corpus) exactly as CPython 3.11 does
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000)
print(len(ps), ps[:10], ps[-5:])
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
for n in [360, 97, 2 ** 10 * 3 ** 5, 600851475143, 1]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) or "1")
twin = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(len(twin), twin[-3:])
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.index(max(gaps)), ps[gaps.index(max(gaps))])
