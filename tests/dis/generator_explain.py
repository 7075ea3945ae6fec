# the --explain legend, then a small generator: count up, resuming after each yield
def count_up(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


print(list(count_up(3)))
