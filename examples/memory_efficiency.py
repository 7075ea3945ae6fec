# Memory efficiency: a million-item pipeline in constant memory.
#
# `[x * x for x in range(1_000_000)]` would build a list holding a million
# ints at once (in CPython the list alone is about 8 MB of pointers, plus
# roughly 28 MB for the int objects). Every stage below is a generator
# instead: only one item exists at a time, so memory stays flat whether the
# pipeline handles a thousand items or a billion; only the time grows.

N = 1_000_000


def numbers(n):
    # The source: produces 0, 1, ..., n-1 one at a time.
    i = 0
    while i < n:
        yield i
        i += 1


def squares(items):
    for x in items:
        yield x * x


def multiples_of(k, items):
    for x in items:
        if x % k == 0:
            yield x


# Build the pipeline: nothing runs yet, these are just three small objects.
pipeline = multiples_of(3, squares(numbers(N)))

# Pull every item through, keeping only running aggregates (constant memory).
count = 0
total = 0
largest = None
for value in pipeline:
    count += 1
    total += value
    largest = value
print(f"items through the pipeline: {N:,}")
print(f"squares divisible by 3:     {count:,}")
print(f"their sum:                  {total:,}")
print(f"the largest:                {largest:,}")

# The same computation as one generator expression, still in constant memory.
print(sum(x * x for x in range(N) if x * x % 3 == 0) == total)
