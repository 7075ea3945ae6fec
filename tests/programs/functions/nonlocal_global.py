# checks global and nonlocal declarations, including from inside generators
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print("counter", counter)


def outer():
    value = 1

    def middle():
        def inner():
            nonlocal value
            value *= 10
        inner()
        inner()
    middle()
    return value


print(outer())


def ticking():
    global counter
    while True:
        counter += 100
        yield counter


t = ticking()
print(next(t), next(t), counter)


def set_new_global():
    global brand_new
    brand_new = "created inside a function"


set_new_global()
print(brand_new)
