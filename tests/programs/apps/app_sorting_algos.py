# checks that genpy runs this program (app_sorting_algos, from the second differential-testing corpus) exactly as CPython 3.11 does
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) < 2: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] > a[big]: big = l
            if r < n and a[r] > a[big]: big = r
            if big == i: return
            a[i], a[big] = a[big], a[i]; i = big
    for i in range(n // 2 - 1, -1, -1): sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]; sift(0, end)
    return a
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000)
s = sorted(data)
print(merge_sort(data) == s, quick(data) == s, heap_sort(data) == s, s[:10], s[-3:])
recs = [(x % 7, i) for i, x in enumerate(data[:20])]
print(sorted(recs, key=lambda r: r[0]))
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
print([bsearch(s, v) for v in (-1, 0, 500, 999, 1000)])
