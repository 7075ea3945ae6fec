# checks PEP 479 applies to generator expressions but not to list comprehensions
def stopper(x):
    if x == 2:
        raise StopIteration("stop at 2")
    return x


try:
    print([stopper(x) for x in range(4)])
except StopIteration as e:
    print("list comprehension lets StopIteration through:", e)
try:
    print(list(stopper(x) for x in range(4)))
except RuntimeError as e:
    print("genexp converts it:", e, "| cause:", repr(e.__cause__))


def take_next(it):
    return next(it)


it = iter([1, 2])
try:
    print(list(take_next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([1, 2])
try:
    print([take_next(it) for _ in range(5)])
except StopIteration:
    print("StopIteration escaped the list comprehension")
