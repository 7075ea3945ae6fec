def numbers():
    yield 1
    yield 2 // 0


def doubled(src):
    for n in src:
        yield n * 2


for x in doubled(numbers()):
    print(x)
