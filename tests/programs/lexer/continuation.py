# checks that backslash continuation and implicit joining inside brackets span lines
total = 1 + \
    2 + \
    3
print(total)
values = [
    10,
    20,  # a comment inside brackets
    30,
]
print(values)
mapping = {
    "a": 1,
    "b": 2
}
print(mapping)
result = (1 +
          2 *
          3)
print(result)
if total > 5 and \
        result > 5:
    print("both big")


def gen(
    start,
    stop,
):
    yield from range(
        start,
        stop,
    )


print(list(gen(
    2,
    5)))
