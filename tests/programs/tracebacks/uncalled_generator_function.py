# A for loop over a generator function that was not called.
def countdown(n):
    while n:
        yield n
        n -= 1


for i in countdown(2):
    print(i)
for i in countdown:
    print(i)
