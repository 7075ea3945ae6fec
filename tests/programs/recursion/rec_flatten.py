# checks that genpy runs this program (rec_flatten, from the second differential-testing corpus) exactly as CPython 3.11 does
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from flatten(v)
    else:
        yield x
data = [1, [2, [3, [4, [5]]]], (6, 7), {"a": [8, 9], "b": {"c": 10}}, "str", [[], [[]]]]
print(list(flatten(data)))
def flatten_depth(x, depth):
    for item in x:
        if isinstance(item, list) and depth > 0:
            yield from flatten_depth(item, depth - 1)
        else:
            yield item
nested = [1, [2, [3, [4]]]]
for d in range(4):
    print(d, list(flatten_depth(nested, d)))
