def countdown(n):
    while n > 0:
        yield n
        n -= 1


for i in countdown(2):
    print(i)
print(sum(x * x for x in range(3)))
print(list(countdown(1)))
