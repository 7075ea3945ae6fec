# checks an uncaught ZeroDivisionError raised lazily by a generator expression
values = [4, 2, 0, 1]
ratios = (8 / v for v in values)
print("genexp created, nothing divided yet")


def labelled(items):
    for i, item in enumerate(items):
        yield f"#{i}: {item}"


for r in labelled(ratios):
    print(r)
