# checks that lambdas with defaults, closures and as sort keys behave like functions
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
square = lambda x: x * x
print(list(map(square, range(5))))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
print((lambda: "no args")())
make_gen = lambda n: (i * 2 for i in range(n))
print(list(make_gen(4)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(1))
print(add.__name__)
