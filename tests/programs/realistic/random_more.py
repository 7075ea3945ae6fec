import random
from collections import Counter
random.seed(2024)
print(random.randrange(10 ** 30), random.randint(-10 ** 20, 10 ** 20), random.getrandbits(100), random.getrandbits(0))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.25, 0.15], k=8))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck); print(deck[:8])
print(random.sample(deck, 5), random.sample(range(10 ** 9), 3), random.sample("abcdefgh", k=8))
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(1.5, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(hasattr(random, "binomialvariate"), random.triangular(), random.uniform(5, -5), random.randrange(10, 0, -2))
class MyRandom(random.Random):
    def coin(self):
        return "H" if self.random() < 0.5 else "T"
mr = MyRandom(5)
print("".join(mr.coin() for _ in range(20)), mr.randint(1, 6), isinstance(mr, random.Random))
random.seed(7)
g1 = [random.gauss(0, 1) for _ in range(3)]
random.seed(7)
g2 = [random.gauss(0, 1) for _ in range(3)]
print(g1 == g2, g1)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(2000))
print(sorted(rolls.items()))
def monte_carlo_pi(n, rng):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        inside += x * x + y * y <= 1
    return 4 * inside / n
print(monte_carlo_pi(5000, random.Random(123)))
def random_walk(rng, steps):
    pos = 0
    for _ in range(steps):
        pos += rng.choice((-1, 1))
        yield pos
print(list(random_walk(random.Random("walk"), 15)))
r = random.Random(); r.seed(10); a = r.random(); r.seed(10); print(a == r.random())
print(random.Random(0).choices("ab", cum_weights=[0.5, 1.0], k=5), random.Random(1).expovariate(0.5))
st = random.getstate(); x1 = random.random(); random.setstate(st); print(x1 == random.random(), len(st), st[0])
random.seed(1.5); print(random.random())
random.seed(True); print(random.random())
random.seed(0); print([round(random.normalvariate(100, 15), 4) for _ in range(3)], random.lognormvariate(0, 0.5))
