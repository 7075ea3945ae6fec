# checks yield as a statement, bare yield, yield in expressions and parenthesised yield
def forms():
    yield
    x = yield 1
    print("x =", x)
    y = (yield 2) + 100
    print("y =", y)
    print("printed:", (yield 3))
    z = yield
    print("z =", z)
    yield x, y, z


g = forms()
print(next(g))
print(next(g))
print(g.send("sent-x"))
print(g.send(5))
print(g.send("to print"))
print(g.send("zed"))
