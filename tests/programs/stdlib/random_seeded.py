# Every function of random after seed(42), seed(0), seed(-7), seed(2**100) and
# seed("hello"): the sequences must be CPython 3.11's, draw for draw.
import random

SEEDS = [42, 0, -7, 2**100, "hello", "", "naïve café", 2**32 - 1, -(2**64), True, 3.5]

for s in SEEDS:
    random.seed(s)
    print("== seed", repr(s))
    print("random", [random.random() for _ in range(4)])
    print("getrandbits", [random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 65, 100, 160)])
    print("randrange(10)", [random.randrange(10) for _ in range(12)])
    print("randrange(3, 9)", [random.randrange(3, 9) for _ in range(8)])
    print("randrange steps", [random.randrange(0, 50, 5) for _ in range(5)], [random.randrange(20, -20, -4) for _ in range(5)])
    print("randrange big", random.randrange(2**64), random.randrange(-(2**63), 2**63), random.randrange(2**90, 2**91, 3))
    print("randint", [random.randint(1, 6) for _ in range(12)], random.randint(-(10**20), 10**20))
    print("choice", [random.choice("abcdef") for _ in range(8)], random.choice([10, 20, 30]), random.choice(range(100, 200)))
    print("choices", random.choices(range(10), k=6), random.choices("xyz"))
    print("choices weights", random.choices("abc", [5, 1, 1], k=6), random.choices(["lo", "hi"], [0.25, 0.75], k=4))
    print("choices cum", random.choices("abcd", cum_weights=[1, 2, 2, 10], k=6))
    deck = list(range(12))
    random.shuffle(deck)
    print("shuffle", deck)
    print("sample", random.sample(range(100), 6), random.sample("abcdefghij", 4), random.sample(range(10**6), 5))
    print("sample pool/set", random.sample(range(30), 10), random.sample(range(500), 10))
    print("sample counts", random.sample(["red", "blue"], 5, counts=[4, 2]))
    print("uniform", random.uniform(0, 10), random.uniform(-1.5, 1.5), random.uniform(5, 5))
    print("triangular", random.triangular(), random.triangular(1, 10), random.triangular(0, 100, 90))
    print("gauss", random.gauss(), random.gauss(), random.gauss(100, 15))
    print("normalvariate", random.normalvariate(), random.normalvariate(0, 2.5))
    print("lognormvariate", random.lognormvariate(0, 1))
    print("expovariate", random.expovariate(1), random.expovariate(0.1))
    print("vonmisesvariate", random.vonmisesvariate(0, 1), random.vonmisesvariate(3, 0))
    print("gammavariate", random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 0.5))
    print("betavariate", random.betavariate(2, 3), random.betavariate(0.5, 0.5))
    print("paretovariate", random.paretovariate(2.5), "weibullvariate", random.weibullvariate(1, 2))

random.seed("hello", version=1)
print("version 1 str seed", random.random())
random.seed(10)
print("keywords", random.randrange(start=5, stop=50, step=5), random.randint(a=1, b=2), random.sample(population=range(9), k=2))
print(random.choices(population="ab", weights=[1, 3], k=3), random.gauss(mu=1, sigma=0.1), random.uniform(a=1, b=2))
