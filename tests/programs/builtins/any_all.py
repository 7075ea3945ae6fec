# checks any and all short-circuit over generators and their empty-iterable results
def checks(values):
    for v in values:
        print("checking", v)
        yield v > 0


print(any(checks([-1, 2, 3])))
print(all(checks([1, -2, 3])))
print(any([]), all([]), any([0, ""]), all([1, "x"]))
print(all(x < 10 for x in range(10)), any(x > 8 for x in range(5)))
g = (n for n in [0, 0, 5, 0, 7])
print(any(g), list(g))
