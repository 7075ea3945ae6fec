# checks that for/else runs else only when the loop was not broken, also over generators
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 9)
for x in []:
    print("never")
else:
    print("empty loop runs else")


def primes(limit):
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            yield n


print(list(primes(30)))
