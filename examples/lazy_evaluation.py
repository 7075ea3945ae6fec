# Lazy evaluation: values are computed only when they are needed.
#
# A list comprehension computes every element up front; a generator computes
# each one at the moment a consumer pulls it. The prints below show the order
# in which work happens: with the generator, "computing" and "using" lines
# interleave, and the work stops as soon as the consumer stops.


def expensive(n):
    print(f"  computing {n}")
    return n * n


print("Eager: a list computes everything before the loop starts")
squares_list = [expensive(n) for n in range(4)]
for s in squares_list:
    print(f"  using {s}")

print("Lazy: a generator computes each value when the loop asks for it")
squares_gen = (expensive(n) for n in range(4))
for s in squares_gen:
    print(f"  using {s}")

print("Lazy pays only for what is used: stop after the first square above 3")
for s in (expensive(n) for n in range(1_000_000)):
    if s > 3:
        print(f"  found {s}; the other 999 997 values are never computed")
        break


# A generator function is lazy too, and it can describe an endless sequence.
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i == n:
            return
        yield item


print("The first five even squares of an infinite sequence:")
evens = (n * n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
