# checks the final line of an uncaught IndexError raised by a generator reading past the end
items = [1, 2, 3]


def pairs(seq):
    for i in range(0, len(seq) + 1, 2):
        yield seq[i], seq[i + 1]


print(items[2])
for a, b in pairs(items):
    print("pair", a, b)
