# checks that genpy runs this program (default_mutable, from the first differential-testing corpus) exactly as CPython 3.11 does
def add(x, acc=[]):
    acc.append(x); return acc
print(add(1), add(2), add(3, []))
def f(a, b=2, *args, c=3, **kw): return (a, b, args, c, kw)
print(f(1), f(1, 5, 6, 7, c=8, z=9))
print(f.__name__, f.__defaults__)
g = lambda x, y=10: x + y
print(g(1), g(1, 2), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name): return "hi " + name
print(hello("bob"))
def rep(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@rep(3)
def one(): return 1
print(one())
