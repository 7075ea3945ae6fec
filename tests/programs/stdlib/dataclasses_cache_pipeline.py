"""Route costs cached by a frozen dataclass key while a generator pipeline streams
requests through it."""
from dataclasses import dataclass, field, replace, asdict
from functools import lru_cache


@dataclass(frozen=True, order=True)
class Leg:
    src: str
    dst: str
    mode: str = "road"


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    seen: list = field(default_factory=list)


DIST = {("a", "b"): 5, ("b", "c"): 7, ("a", "c"): 11, ("c", "d"): 2}
SPEED = {"road": 1, "rail": 2}


class CostCache:
    def __init__(self):
        self.table = {}
        self.stats = Stats()

    def cost(self, leg):
        if leg in self.table:
            self.stats.hits += 1
            return self.table[leg]
        self.stats.misses += 1
        self.stats.seen.append(leg)
        km = DIST.get((leg.src, leg.dst)) or DIST[(leg.dst, leg.src)]
        value = km * 10 // SPEED[leg.mode]
        self.table[leg] = value
        return value


def requests():
    trips = [("a", "b"), ("b", "c"), ("a", "b"), ("c", "b"), ("a", "c"), ("c", "d")]
    for i, (s, d) in enumerate(trips * 2):
        yield Leg(s, d, "rail" if i % 3 == 0 else "road")


def normalised(legs):
    for leg in legs:
        yield leg if leg.src <= leg.dst else replace(leg, src=leg.dst, dst=leg.src)


def priced(legs, cache):
    for leg in legs:
        yield leg, cache.cost(leg)


cache = CostCache()
total = 0
for leg, c in priced(normalised(requests()), cache):
    total += c
    print(f"{leg.src}->{leg.dst} by {leg.mode}: {c}")
print("total", total, cache.stats.hits, cache.stats.misses)
print(sorted(cache.table)[:3])
print(asdict(cache.stats)["seen"][:2])
print(len({Leg("a", "b"), Leg("a", "b"), Leg("a", "b", "rail")}))


@lru_cache(maxsize=None)
def legs_between(leg):
    return tuple(sorted({leg, replace(leg, mode="rail")}))


print(legs_between(Leg("x", "y")))
print(legs_between(Leg("x", "y")) is legs_between(Leg("x", "y")))
