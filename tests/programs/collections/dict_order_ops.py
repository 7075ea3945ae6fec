# checks that genpy runs this program (dict_order_ops, from the second differential-testing corpus) exactly as CPython 3.11 does
d = {}
for i, k in enumerate("banana"):
    d[k] = i
print(d)
d["b"] = 99
del d["a"]
d["a"] = -1
print(d, list(reversed(d)), next(iter(d)))
print(sorted(d, key=d.get), max(d.items(), key=lambda kv: kv[1]))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
nested = {"a": {"b": {"c": 1}}, "d": [1, {"e": 2}]}
def paths(o, pre=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from paths(v, f"{pre}.{k}" if pre else k)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from paths(v, f"{pre}[{i}]")
    else:
        yield pre, o
print(dict(paths(nested)))
print(str(nested), repr({"q": "it's", 'r': 'say "hi"', "t": "both ' \""}))
print({1: 1, 1.0: 2, True: 3}, {0: "a", False: "b"}, {(1, 2): "t"}[(1, 2)])
