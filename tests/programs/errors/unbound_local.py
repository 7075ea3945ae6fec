# checks the UnboundLocalError message when a local is read before assignment
total = 0


def add(n):
    total += n
    return total


print("calling add")
add(1)
