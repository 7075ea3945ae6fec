def total(prices):
    return sum(prices) + " EUR"


def report(items):
    line = "total: " + total(items)
    return line


print(report([1, 2]))
