# checks that genpy runs this program (cls_cmp_to_key, from the second differential-testing corpus) exactly as CPython 3.11 does
from functools import cmp_to_key
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __repr__(self): return self.rank + self.suit
def cmp(a, b):
    ra, rb = Card.RANKS.index(a.rank), Card.RANKS.index(b.rank)
    if ra != rb:
        return rb - ra
    return (a.suit > b.suit) - (a.suit < b.suit)
hand = [Card(s) for s in "TH 2C AS KD 2H TS 9C".split()]
print(sorted(hand, key=cmp_to_key(cmp)))
print(sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted(["b", "A", "c", "B", "a"]))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[1])
print(people)
print(sorted(range(-5, 6), key=abs), sorted("hello world", key=lambda c: (c == " ", c)))
