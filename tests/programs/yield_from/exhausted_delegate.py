# checks yield from an already exhausted generator yields nothing and gives None
def sub():
    yield 1
    return "only the first time"


s = sub()
print(list(s))


def outer():
    result = yield from s
    print("result from exhausted generator:", result)
    result = yield from []
    print("result from empty list:", result)
    yield "end"


print(list(outer()))
