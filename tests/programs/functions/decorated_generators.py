# checks decorators applied to generator functions: wrapping, limiting and priming
def take(n):
    def deco(genfn):
        def wrapper(*args):
            g = genfn(*args)
            for _ in range(n):
                yield next(g)
        return wrapper
    return deco


@take(4)
def naturals(start):
    while True:
        yield start
        start += 1


print(list(naturals(10)))


def primed(genfn):
    def wrapper(*args):
        g = genfn(*args)
        print("priming", genfn.__name__)
        next(g)
        return g
    return wrapper


@primed
def adder(total):
    while True:
        total += yield total


a = adder(100)
print(a.send(1), a.send(10))
