# checks that the first send through yield from primes the subgenerator automatically
def sub():
    print("sub starts")
    x = yield "sub first"
    print("sub got", x)
    y = yield "sub second"
    return x, y


def outer():
    print("outer starts")
    res = yield from sub()
    print("outer result", res)


g = outer()
print(g.send(None))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("done", e.value)
