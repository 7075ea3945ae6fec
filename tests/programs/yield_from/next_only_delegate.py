# checks a delegate with only __next__: next works, send(None) works, send(value) fails, throw lands in the outer generator
class Ticker:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n


def outer():
    try:
        yield from Ticker()
    except ValueError as e:
        print("outer catches thrown", repr(e))
        yield "outer recovered"


g = outer()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
g = outer()
print(next(g))
print(g.throw(ValueError("to a delegate without throw")))
g = outer()
next(g)
print("close with a delegate without close:", g.close())
