# checks that genpy runs this program (gen_yield_from_return_values, from the second differential-testing corpus) exactly as CPython 3.11 does
def inner(n):
    total = 0
    for i in range(n):
        x = yield i
        total += x or 0
    return total
def outer():
    results = []
    for n in (2, 3):
        r = yield from inner(n)
        results.append(r)
    return results
g = outer()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as s:
    print(out, s.value)
def delegate_list():
    r = yield from [1, 2, 3]
    return r
print(list(delegate_list()))
def delegate_iter():
    yield from iter(range(3))
    yield from "ab"
    yield from {"k": 1}
print(list(delegate_iter()))
def gen_returning():
    return "early"
    yield
try:
    next(gen_returning())
except StopIteration as s:
    print("StopIteration value", s.value, s.args)
