"""Sales records grouped and ranked with operator's getters in a generator pipeline."""
import operator
from itertools import groupby, accumulate
from dataclasses import dataclass


@dataclass(frozen=True)
class Sale:
    region: str
    rep: str
    amount: int


RAW = """north,ann,120
south,bob,80
north,cy,200
east,dee,50
south,eve,310
north,ann,90
east,fay,75"""


def parse(text):
    for line in text.splitlines():
        region, rep, amount = line.split(",")
        yield Sale(region, rep, int(amount))


def by_region(sales):
    key = operator.attrgetter("region")
    for region, group in groupby(sorted(sales, key=key), key=key):
        yield region, list(group)


totals = {}
for region, group in by_region(parse(RAW)):
    amounts = list(map(operator.attrgetter("amount"), group))
    totals[region] = sum(amounts)
    print(region, amounts, list(accumulate(amounts, operator.add)))

ranked = sorted(totals.items(), key=operator.itemgetter(1), reverse=True)
print(ranked, ranked[0][0])
best = max(parse(RAW), key=operator.attrgetter("amount"))
print(best, operator.methodcaller("upper")(best.rep))
pairs = sorted(((s.rep, s.amount) for s in parse(RAW)), key=operator.itemgetter(0, 1))
print(pairs[:3])
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(filter(operator.truth, [0, 1, "", "a"])))
