# collections.defaultdict: __missing__ calls default_factory, repr, copy, |.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(repr(groups), str(groups), len(groups), groups["a"])
print(groups.default_factory, type(groups).__name__, isinstance(groups, dict))
print(defaultdict, defaultdict.__name__, defaultdict.__module__)

counts = defaultdict(int, {"x": 5}, y=2)
counts["x"] += 1
counts["z"] += 1
print(counts, sorted(counts.items()))
print(counts.get("nope"), "nope" in counts, len(counts))

d = defaultdict(list, a=[1])
print(d)
e = defaultdict()
print(e, e.default_factory)
try:
    e["missing"]
except KeyError as exc:
    print("KeyError", exc)

c = d.copy()
c["a"].append(2)
c["b"].append(3)
print(type(c).__name__, c, d)
print(d == {"a": [1, 2]}, dict(d))

d.default_factory = lambda: "made"
print(d["q"], sorted(d))
d.default_factory = None
try:
    d["r"]
except KeyError as exc:
    print("KeyError", exc)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print(dict(nested["a"]), list(nested))

merged = defaultdict(set, {"k": {1}}) | {"j": {2}}
print(type(merged).__name__, merged)
rmerged = {"j": {2}} | defaultdict(set, {"k": {1}})
print(type(rmerged).__name__, rmerged)

try:
    defaultdict(5)
except TypeError as exc:
    print("TypeError", exc)

class Tally(defaultdict):
    pass

t = Tally(int)
t["w"] += 3
print(t, type(t.copy()).__name__)
del t["w"]
print(t, t.pop("none", "dflt"), t.setdefault("s", 9), t)
