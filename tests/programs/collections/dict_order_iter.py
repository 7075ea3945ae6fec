# checks that genpy runs this program (dict_order_iter, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(d, key=d.get), list(d)[:3], len(d))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print(e)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}; print(inv)
dd = {i: i for i in range(5)}
del dd[2]; dd[2] = 2; print(dd, list(dd.values()))
print({1: 1} == {1: 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list(reversed({"a": 1, "b": 2})))
nested = {"x": {"y": {"z": 1}}}; print(nested["x"]["y"]["z"])
print(dict(sorted({"c": 3, "a": 1}.items())))
k = d.keys(); d2 = {"z": 0}; print("z" in d2.keys(), list(d2.items())[0])
print({k: v for k, v in zip("abc", range(3))})
