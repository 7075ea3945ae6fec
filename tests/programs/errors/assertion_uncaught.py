# checks the final line of an uncaught AssertionError with a message
def positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v}"
        yield v


print(sum(positive([1, 2])))
print(sum(positive([1, -2])))
