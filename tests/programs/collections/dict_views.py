# checks that genpy runs this program (dict_views, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {"a": 1, "b": 2, "c": 3}
k = d.keys(); v = d.values(); it = d.items()
d["d"] = 4
print(k, len(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, k - {"a"} == {"b", "c", "d"}, sorted(k | {"x"}), k == {"a", "b", "c", "d"})
print(list(zip(d.keys(), d.values())), list(d.items())[-1], min(d.values()), sorted(d.items(), reverse=True)[0])
print(dict(it) == d, list(map(lambda kv: kv[0] * kv[1], d.items())))
e = dict(d); e.pop("a"); print(d.keys() - e.keys())
