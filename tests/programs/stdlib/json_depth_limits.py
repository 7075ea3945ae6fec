# the deepest JSON nesting that decodes and encodes under the default recursion limit
import json
def maxdepth(make):
    lo, hi = 1, 5000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            make(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
dec = json.JSONDecoder()
print(maxdepth(lambda n: json.loads("[" * n + "]" * n)))
print(maxdepth(lambda n: dec.decode("[" * n + "]" * n)))
print(maxdepth(lambda n: dec.raw_decode("[" * n + "]" * n)))
print(maxdepth(lambda n: json.loads("[" * n + "]" * n, object_hook=dict)))
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
print(maxdepth(lambda n: json.dumps(nest(n))))
print(maxdepth(lambda n: json.JSONEncoder().encode(nest(n))))
print(maxdepth(lambda n: list(json.JSONEncoder().iterencode(nest(n), True))))
