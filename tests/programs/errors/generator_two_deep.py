# checks an uncaught exception raised inside a generator two generators deep
def source():
    yield 1
    yield 2
    raise ValueError("source failed at item 3")


def middle():
    for x in source():
        yield x * 10


def top():
    for y in middle():
        print("top got", y)


top()
