# a closure: a cell in the outer function, a free variable in the inner one
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


counter = make_counter()
counter()
print(counter())
