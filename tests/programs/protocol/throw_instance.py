# checks throw() with an instance: the same object arrives inside and keeps its args
class Custom(Exception):
    pass


err = Custom("payload", 7)


def gen():
    while True:
        try:
            yield "waiting"
        except Custom as e:
            print("inside got", e.args, e is err)
            yield "handled"


g = gen()
print(next(g))
print(g.throw(err))
print(next(g))
print(g.throw(Custom("second")))
