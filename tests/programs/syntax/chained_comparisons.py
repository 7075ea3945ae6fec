# checks that chained comparisons evaluate each operand once and short-circuit
def val(x):
    print("eval", x)
    return x


print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
x = 5
print(0 <= x < 10, 0 <= x < 3)
print(1 < 2 > 0 < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
x = 1
print(x is not None is not False)
print(2 in [1, 2] in [[1, 2]])


def between(lo, hi, items):
    for item in items:
        if lo <= item < hi:
            yield item


print(list(between(3, 7, range(10))))
