# checks that genpy runs this program (closure_partial, from the second differential-testing corpus) exactly as CPython 3.11 does
from functools import partial, reduce
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(9), cube_mod(4), [sq(i) for i in range(5)])
p = partial(power, 2)
print(p(10), p(10, 1000), p.func.__name__, p.args, p.keywords)
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], "init"))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello Big World  "))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
