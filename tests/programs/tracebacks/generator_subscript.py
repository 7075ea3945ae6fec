# Indexing a generator, inside a function: the carets under the subscript in
# every frame.
def evens():
    n = 0
    while True:
        yield n
        n += 2


def third(it):
    return it[2]


print(third([10, 20, 30]))
print(third(evens()))
