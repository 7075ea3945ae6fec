# checks the basics of send(): the value becomes the result of the yield expression
def echo():
    received = None
    while True:
        received = yield f"echo: {received}"


g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("average", avg.send(v))
