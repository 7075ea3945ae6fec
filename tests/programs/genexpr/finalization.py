# checks that a genexp over a generator closes the inner generator when the genexp is dropped
def source():
    try:
        for i in range(10):
            yield i
    finally:
        print("source closed")


ge = (x + 1 for x in source())
print(next(ge), next(ge))
print("dropping the genexp")
del ge
print("after del")
print(next(x for x in source() if x > 3))
print("after next on a temporary genexp")
for v in (x * 2 for x in source()):
    if v >= 4:
        break
print("after break")
