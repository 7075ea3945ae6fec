# checks return values: StopIteration.value and .args, and consumers that swallow StopIteration
def gen(n):
    for i in range(n):
        yield i
    return f"returned after {n}"


g = gen(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, repr(e))
print(list(gen(3)), sum(gen(4)), tuple(gen(2)))
for v in gen(2):
    print("for sees", v)


def ret_tuple():
    return (1, 2)
    yield


try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)


def ret_none():
    return None
    yield


try:
    next(ret_none())
except StopIteration as e:
    print(e.value, e.args)


def capture():
    result = yield from gen(2)
    yield "captured: " + result


print(list(capture()))
