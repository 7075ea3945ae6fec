# checks that infinite generators are cut by a fixed number of next() calls and by break
def infinite_sequence():
    num = 0
    while True:
        yield num
        num += 1


gen = infinite_sequence()
print(next(gen))
print(next(gen))
print(next(gen))
for n in infinite_sequence():
    if n * n > 50:
        print("stopping at", n)
        break
    print("square", n * n)


def cycle(items):
    while True:
        for item in items:
            yield item


c = cycle("ab")
print([next(c) for _ in range(5)])
