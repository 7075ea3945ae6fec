# checks that del of the last reference closes a suspended generator right there
def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "finally")


g = gen("g")
next(g)
print("before del")
del g
print("after del")
a = gen("a")
b = a
next(a)
del a
print("one reference left, not closed yet")
del b
print("after the last reference")
c = gen("c")
del c
print("a created but never started generator runs nothing")
