# checks the TypeError message for str + int (the reverse of next_plus_str)
def names():
    yield "count: "
    yield "total: "


g = names()
first = next(g)
print(first + str(5))
second = next(g)
print(second + 5)
