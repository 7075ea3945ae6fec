# checks that return in a generator stops it and puts the value into StopIteration
def gen():
    yield 1
    return "the result"
    yield 2


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
    print("args:", e.args)
print(list(gen()))


def empty_return():
    return
    yield


try:
    next(empty_return())
except StopIteration as e:
    print("bare return value:", e.value, e.args)


def result_none():
    yield 1


r = result_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("falling off the end:", e.value)
