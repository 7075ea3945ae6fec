# x = yield: the value sent in becomes the value of the yield expression
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


acc = accumulator()
next(acc)
acc.send(5)
print(acc.send(10))
