# checks the ValueError messages of unpacking with too many or too few values
def three():
    yield 1
    yield 2
    yield 3


try:
    a, b = three()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = three()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a, b, c = three()
print(a, b, c)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
