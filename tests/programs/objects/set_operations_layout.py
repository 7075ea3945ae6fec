# checks that sets of ints iterate in CPython's order through every mutating operation
# (add, discard, pop with its finger, |=, -=, ^=, &=, update, difference_update, ...)
state = 12345


def rand(n):
    """A small linear congruential generator (genpy has no random module)."""
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


for t in range(6):
    xs = [rand(20001) - 10000 for _ in range(20 + rand(100))]
    s = set(xs)
    for k in range(6):
        sample = [xs[rand(len(xs))] for _ in range(rand(len(xs) // 2 + 1))]
        if k == 0:
            for y in sample:
                s.discard(y)
        elif k == 1:
            s |= set(sample)
        elif k == 2:
            s -= set(sample[: len(sample) // 2])
            s ^= set(sample)
        elif k == 3:
            print(s and s.pop(), s and s.pop())
            s.update(y * 3 for y in sample)
        elif k == 4:
            s.difference_update(sample)
            print(s.intersection(sample), s.union(sample[:5]), s.difference(sample))
        else:
            s &= set(sample + list(s)[:10])
            s.symmetric_difference_update(set(sample[:7]))
        print(s)
