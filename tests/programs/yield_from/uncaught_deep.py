# checks an uncaught error three yield-from levels deep ends with its own message
def level3():
    yield "ok"
    raise LookupError("lost three levels down")


def level2():
    yield from level3()


def level1():
    yield from level2()


for x in level1():
    print(x)
