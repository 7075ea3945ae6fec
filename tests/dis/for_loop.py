# a for loop with break, continue and else
def first_negative(values):
    for index, value in enumerate(values):
        if value == 0:
            continue
        if value < 0:
            break
    else:
        return None
    return index


print(first_negative([3, 0, -2]))
