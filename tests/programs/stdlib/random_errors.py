# random's errors, with CPython 3.11's messages.
import random

random.seed(1)
cases = [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1.5),
    lambda: random.randrange(1, 2.5),
    lambda: random.randrange(1, 5, 1.5),
    lambda: random.randrange(1, None, 2),
    lambda: random.randrange(2**70, 2**70),
    lambda: random.randint(5, 1),
    lambda: random.randint(1, "x"),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.choice(5),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2]),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.choices([], k=2),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1, 2], [float("inf"), 1]),
    lambda: random.choices([1, 2], k=1.5),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(1.5),
    lambda: random.getrandbits(),
    lambda: random.seed([1]),
    lambda: random.setstate(5),
    lambda: random.setstate((3, (1, 2), None)),
    lambda: random.setstate((9, (), None)),
    lambda: random.setstate((3, tuple([0] * 624 + [700]), None)),
    lambda: random.uniform(1),
    lambda: random.uniform("a", 2),
    lambda: random.random(1),
    lambda: random.gauss("a"),
    lambda: random.expovariate(0),
    lambda: random.gammavariate(0, 1),
    lambda: random.shuffle((1, 2)),
    lambda: random.shuffle([1], 2),
    lambda: random.Random(1, 2),
    lambda: random.lognormvariate(0),
    lambda: random.randint(1, 2, c=3),
    lambda: random.sample(range(5), 2.0),
    lambda: random.sample(range(5), 7.5),
    lambda: random.sample(range(5), "a"),
    lambda: random.sample(range(5), 2**70),
    lambda: random.sample("ab", 12, counts=[5, 5]),
    lambda: random.sample("ab", 2.5, counts=[5, 5]),
    lambda: random.setstate((3, tuple([-1] * 625), None)),
    lambda: random.setstate((3, tuple(["a"] * 625), None)),
    lambda: random.weibullvariate(1, 0),
    lambda: random.paretovariate(0),
    lambda: random.Random([]),
    lambda: random.seed(1, 2, 3),
    lambda: random.choices([1, 2], [1, "a"]),
]
for i, f in enumerate(cases):
    try:
        print(i, "ok", f())
    except Exception as e:
        print(i, type(e).__name__, e)

print(random.choices([1, 2], k=-1), random.triangular(1, 1, 1), random.randrange(3.0))
random.choice([])
