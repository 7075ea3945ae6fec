# checks that genpy runs this program (app_pi_spigot, from the second differential-testing corpus) exactly as CPython 3.11 does
def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
from itertools import islice
d = list(islice(pi_digits(), 120))
print(str(d[0]) + "." + "".join(map(str, d[1:])))
def e_digits(n):
    # e = sum 1/k! with big ints
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]
print(e_digits(60))
print(sum(int(c) for c in str(2 ** 1000)), str(3 ** 500)[-12:])
