# checks any/all/next stop pulling from a genexp as soon as the answer is known
def noisy(values):
    for v in values:
        print("checking", v)
        yield v


print(any(v > 2 for v in noisy([1, 3, 5, 7])))
print(all(v < 4 for v in noisy([1, 3, 5, 7])))
print(next(v for v in noisy([1, 3, 5, 7]) if v > 4))
ge = (v for v in noisy(range(10)))
print(3 in ge)
print(next(ge))
