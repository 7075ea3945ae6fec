# checks that a generator pipeline is lazy: stages interleave one item at a time
def source(n):
    for i in range(n):
        print("source yields", i)
        yield i


def doubled(items):
    for x in items:
        print("  doubling", x)
        yield x * 2


def only_big(items):
    for x in items:
        if x > 2:
            print("    passing", x)
            yield x


pipeline = only_big(doubled(source(4)))
print("pipeline built, nothing ran yet")
for value in pipeline:
    print("consumer got", value)
print("done")
