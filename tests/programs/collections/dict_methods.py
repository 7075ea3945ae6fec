# checks that genpy runs this program (dict_methods, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("q", []), d)
print(d.pop("q"), d.pop("zz", "dflt"))
d.update({"x": 9}, y=10); d.update([("z", 0)]); print(d)
print(d.popitem(), d)
print(dict.fromkeys("abc", 0), dict(a=1, b=2), dict([(1, 2)]), dict(zip("ab", [1, 2])))
print({k: v for k, v in d.items() if v > 1})
e = d.copy(); e.clear(); print(e, d == d.copy())
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
print({1: "a", 1.0: "b", True: "c"})
print(d | {"new": 1})
d |= {"a": 0}; print(d)
for k in d: print(k, end=" ")
print()
print(sorted(d, key=d.get))
