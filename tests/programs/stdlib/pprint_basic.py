import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {
    "name": "genpy",
    "versions": [3.9, 3.10, 3.11],
    "tags": {3, 1, 2},
    "nested": {"deep": {"deeper": {"deepest": list(range(30))}}},
    "empty": [],
    "tuple": (1,),
    "pairs": [(i, str(i) * i) for i in range(8)],
    2: "int key",
}
del data[2]
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True, indent=2)
pprint.pprint([list(range(10))] * 5, compact=True, width=50)
pprint.pp({"b": 1, "a": 2, "c": list(range(25))})
pprint.pprint({"b": 1, "a": 2, "c": list(range(25))}, sort_dicts=False)
print(pprint.pformat({"z": 1, "a": {"k": [1, 2, 3]}}))
print(pprint.pformat(tuple(range(30))))
print(pprint.pformat((tuple(range(30)),)))
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint([long, "short"])
pprint.pprint({"text": long, "lines": "first line\nsecond line that is long enough to need its own split somewhere\n"})
pprint.pprint("x" * 100)
pprint.pprint(b"0123456789" * 10)
pprint.pprint(bytearray(b"abcdefghij" * 10))
pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)))
pprint.pprint(frozenset())
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
dd = defaultdict(list)
for i in range(12):
    dd["key%d" % i].append(i)
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra" * 3 + "xyzzyqwertyuiop"), width=30)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([123456789] * 3, underscore_numbers=True)
mixed = {1: "a", "b": 2, (1, 2): None, None: 0.5}
pprint.pprint(mixed, width=20)
rec = [1, 2]
rec.append(rec)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(rec)))
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable({"a": [1, (2, 3)]}), pprint.isreadable(object()))
p = pprint.PrettyPrinter(width=20, indent=2)
print(p.pformat(list(range(12))))
print(p.isreadable([1]), p.isrecursive([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


pprint.pprint([Point(i, i * i) for i in range(10)])
pprint.pprint({"points": [Point(1, 2)] * 8, "matrix": [[i * j for j in range(8)] for i in range(8)]})

from dataclasses import dataclass, field


@dataclass
class Record:
    name: str
    values: list
    hidden: int = field(default=0, repr=False)


pprint.pprint(Record("short", [1]))
pprint.pprint(Record("a longer name for the record", list(range(30))))
pprint.pprint([Record("r%d" % i, list(range(i))) for i in range(3)], width=30)

pprint.pprint({"k%d" % i: {"inner": [("x" * i, i)] * 3} for i in range(6)}, indent=3, width=50, depth=3)
pprint.pprint([["a" * 30, "b" * 30], ("c" * 40, {"d": "e" * 50})], width=40)
pprint.pprint("word " * 40, width=30)
pprint.pprint({"s": "one two three four five six seven eight nine ten " * 3}, width=40)
