# checks that throw(GeneratorExit) is not close(): a yield is returned and escapes are raised
def gen():
    while True:
        try:
            yield "ready"
        except GeneratorExit:
            print("got GeneratorExit, yielding anyway")
            yield "yielded after GeneratorExit"


g = gen()
next(g)
print("throw returned:", g.throw(GeneratorExit))


def plain():
    yield 1


p = plain()
next(p)
try:
    p.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated to the caller of throw")
print(next(p, "finished"))
q = plain()
next(q)
print("close swallows it:", q.close())
