# checks that a generator expression computes nothing until it is iterated, one item per step
def source():
    for i in range(4):
        print("source yields", i)
        yield i


def f(x):
    print("computing f", x)
    return x * 10


ge = (f(x) for x in source() if x != 2)
print("created")
print(next(ge))
print("between")
for v in ge:
    print("loop got", v)
print(list(ge), "(exhausted)")
