# checks closures capture variables (not values), counters via nonlocal, and closures in generators
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]


print([m(10) for m in make_multipliers()])


def outer():
    x = "first"

    def show():
        return x
    x = "second"
    return show


print(outer()())


def gen_with_closure(factor):
    def scale(v):
        return v * factor
    for i in range(3):
        yield scale(i)
        factor += 1


print(list(gen_with_closure(10)))


def make_gen_factory(prefix):
    def gen(n):
        for i in range(n):
            yield prefix + str(i)
    return gen


g = make_gen_factory("id-")
print(list(g(3)))
