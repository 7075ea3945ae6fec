# delegation: yield from a sub-generator and use its return value
def inner():
    yield 1
    return "inner done"


def outer():
    result = yield from inner()
    yield result


print(list(outer()))
