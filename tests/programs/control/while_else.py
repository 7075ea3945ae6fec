# checks that while/else runs else only without break, and continue skips to the test
n = 0
while n < 3:
    n += 1
    print("n =", n)
else:
    print("while ended normally")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 6:
        print("breaking at", n)
        break
    print("even", n)
else:
    print("never printed")
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)


def countdown(k):
    while k > 0:
        yield k
        k -= 1
    else:
        print("countdown else runs when the loop ends")


print(list(countdown(3)))
