# checks dict methods and insertion order: get, items, keys, values, setdefault, pop, update
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"a": 10, "e": 5})
d.update(f=6)
print(d)
d["b"] = 20
print(d)
print("a" in d, "zz" in d)
counts = {}
for word in "the cat the dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(dict([("x", 1), ("y", 2)]), dict(a=1), {1: "one", 2.5: "x", (1, 2): "t"})


def pairs():
    yield "k1", "v1"
    yield "k2", "v2"


print(dict(pairs()))
