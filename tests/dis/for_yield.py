# a generator that yields inside a for loop: the frame keeps the loop's iterator
def evens(limit):
    total = 0
    for n in range(limit):
        if n % 2 == 0:
            total += n
            yield n
    print("sum", total)


print(list(evens(7)))
