# checks itertools.chain, chain.from_iterable and repeat, including their laziness
import itertools


def part(name, n):
    print("starting part", name)
    for i in range(n):
        yield f"{name}{i}"


ch = itertools.chain(part("a", 2), part("b", 1), [], "xy")
print("chain created")
for item in ch:
    print(item)
print(list(itertools.chain.from_iterable([[1, 2], (3,), range(4, 6)])))
print(list(itertools.repeat("z", 3)), list(itertools.repeat(0, 0)))
r = itertools.repeat(7)
print(next(r), next(r), next(r))
print(list(zip(range(3), itertools.repeat("same"))))
print(list(map(pow, range(5), itertools.repeat(2))))
