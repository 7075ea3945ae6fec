# A seeded Monte-Carlo estimate, a random walk, and a shuffled deck dealt by a
# generator: the numbers must be CPython's exactly.
import random

random.seed(2718)

def estimate_pi(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n

print("pi ~", estimate_pi(20000))

def walk(steps):
    pos = 0
    lo = hi = 0
    for _ in range(steps):
        pos += random.choice((-1, 1))
        lo, hi = min(lo, pos), max(hi, pos)
    return pos, lo, hi

print("walk", walk(5000))

SUITS = "SHDC"
RANKS = "23456789TJQKA"

def deal(deck, hands, size):
    for h in range(hands):
        yield h, deck[h * size:(h + 1) * size]

deck = [r + s for s in SUITS for r in RANKS]
rng = random.Random(31337)
rng.shuffle(deck)
for player, hand in deal(deck, 4, 5):
    print("player", player, " ".join(sorted(hand, key=lambda c: (RANKS.index(c[0]), c[1]))))

# Dice: a histogram of 2d6.
counts = {}
for _ in range(3600):
    t = random.randint(1, 6) + random.randint(1, 6)
    counts[t] = counts.get(t, 0) + 1
for total in sorted(counts):
    print(f"{total:2d} {counts[total]:4d} " + "#" * (counts[total] // 20))

# Queue simulation with exponential arrivals and service.
clock, busy_until, waits = 0.0, 0.0, []
for _ in range(1000):
    clock += random.expovariate(1.0)
    start = max(clock, busy_until)
    waits.append(start - clock)
    busy_until = start + random.expovariate(1.25)
print("mean wait %.6f max wait %.6f" % (sum(waits) / len(waits), max(waits)))
print("weighted", random.choices(["common", "rare", "epic"], [80, 15, 5], k=10))
print("lottery", sorted(random.sample(range(1, 50), 6)))
