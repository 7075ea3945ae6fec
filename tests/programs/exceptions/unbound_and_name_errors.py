# checks NameError and UnboundLocalError messages, including inside generators
def uses_later():
    print(x)
    x = 1


try:
    uses_later()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)


def gen():
    yield 1
    yield missing_global


g = gen()
print(next(g))
try:
    next(g)
except NameError as e:
    print("NameError from generator:", e)


def gen2():
    yield 1
    del y
    y = 2


try:
    list(gen2())
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
