# checks that genpy runs this program (nested_gen_fn, from the first differential-testing corpus) exactly as CPython 3.11 does
def outer(n):
    def helper(i):
        return i * n
    for i in range(3):
        yield helper(i)
    def inner_gen():
        yield from range(n)
    yield from inner_gen()
print(list(outer(2)))
def gen_with_lambda():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield [f() for f in fs]
print(list(gen_with_lambda()))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        cmd = yield bump()
        if cmd == "reset":
            count = 0
g = counter_gen(); print(next(g), next(g), g.send("reset"), next(g))
