# random.Random instances: each has its own state; getstate/setstate round trips;
# the module functions share one hidden instance.
import random
from random import Random, randint, shuffle

a = Random(2024)
b = Random(2024)
c = Random("seed text")
print(a.random() == b.random(), a.random(), b.random())
print([a.randint(1, 100) for _ in range(5)], [c.randint(1, 100) for _ in range(5)])
print(type(a).__name__, isinstance(a, Random))

random.seed(5)
first = [randint(0, 9) for _ in range(5)]
other = Random(99)
other.random()
random.seed(5)
print(first == [randint(0, 9) for _ in range(5)], first)

state = a.getstate()
print(state[0], len(state[1]), type(state[1][0]).__name__)
after = [a.random() for _ in range(3)]
a.setstate(state)
print(after == [a.random() for _ in range(3)])

# gauss caches its second value; the state carries it.
g = Random(7)
g.gauss()
saved = g.getstate()
print(saved[2] is not None)
x = g.gauss()
g.setstate(saved)
print(x == g.gauss(), x)

# A state from one generator moves to another.
h = Random()
h.setstate(b.getstate())
print(h.random() == b.random())

# Reseeding an instance resets it.
a.seed(2024)
print(a.random() == Random(2024).random())

cards = list("AKQJT98765432")
Random(1).shuffle(cards)
print("".join(cards))
shuffle(cards)
print(sorted(cards) == sorted("AKQJT98765432"))

# Unseeded generators still give values in range.
u = Random()
print(0.0 <= u.random() < 1.0, 1 <= u.randint(1, 6) <= 6, len(u.sample(range(50), 5)))
random.seed()
print(0 <= random.getrandbits(8) < 256)

print(Random.VERSION, Random(1).VERSION, random.BPF, random.RECIP_BPF, random.TWOPI)
print(random.LOG4, random.NV_MAGICCONST, random.SG_MAGICCONST)
