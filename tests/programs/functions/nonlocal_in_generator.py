# checks a generator that updates an enclosing function's variable through nonlocal
def accumulator():
    total = 0

    def gen():
        nonlocal total
        while True:
            x = yield
            total += x

    def get():
        return total
    return gen(), get


g, get = accumulator()
next(g)
g.send(5)
g.send(7)
print("total", get())


def counting_gen():
    calls = 0

    def gen():
        nonlocal calls
        for ch in "abc":
            calls += 1
            yield ch
    g = gen()
    first = next(g)
    return first, calls, list(g), calls


print(counting_gen())
