# a generator function: the yield makes its code a generator
def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n = got
        n -= 1
    return "done"


for value in countdown(3):
    print(value)
