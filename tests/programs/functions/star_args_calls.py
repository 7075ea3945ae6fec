# checks that genpy runs this program (star_args_calls, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(a, b, c, d=4): return (a, b, c, d)
args = [1, 2]
print(f(*args, 3), f(*args, *[3]), f(0, *range(2), d=9), f(**{"a": 1, "b": 2, "c": 3}))
print(f(*"xyz"), f(*(i for i in range(3))))
def g(*args, sep=", "): return sep.join(map(str, args))
print(g(1, 2, 3), g(*[], sep="-"), g(*range(4), sep="|"))
print(max(*[3, 7, 1]), min(*"hello"), print(*[], sep="x"))
a, b, *rest = (*range(2), *"ab", 9); print(a, b, rest)
print([*{"k": 1}], {*[1, 2], *[2, 3]}, {**{"a": 1}, **{"a": 2, "b": 3}})
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(e)
