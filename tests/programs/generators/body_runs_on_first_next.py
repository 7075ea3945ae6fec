# checks that calling a generator function runs nothing until the first next()
def gen():
    print("started")
    yield 1
    print("resumed once")
    yield 2
    print("resumed twice, about to finish")


g = gen()
print("created")
print("got", next(g))
print("got", next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("StopIteration again, the body does not run again")
