# checks a flatten generator that delegates recursively but treats strings as atoms
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, "three", [4, (5, 6)]], [], "seven"])))
deep = [0]
for i in range(1, 50):
    deep = [deep, i]
print(sum(flatten(deep)), len(list(flatten(deep))))
