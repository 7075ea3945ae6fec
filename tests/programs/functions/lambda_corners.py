# checks that genpy runs this program (lambda_corners, from the first differential-testing corpus) exactly as CPython 3.11 does
f = lambda: (yield)
print(type(f()).__name__) if False else print("skip")
sq = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x, *a, k=2, **kw: (x, a, k, kw))(1, 2, 3, k=4, z=5))
print(sorted(range(-3, 4), key=lambda v: (v % 2, -v)))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
print((lambda: lambda: 42)()(), sq.__name__, (lambda: 0).__name__)
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
