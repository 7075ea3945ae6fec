# Subclassing dict: __missing__, a hand-written defaultdict and Counter, overrides.


class Registry(dict):
    def __missing__(self, key):
        return f"<no {key}>"


r = Registry(a=1)
r["b"] = 2
print(r, r["a"], r["zzz"], r.get("zzz"), "zzz" in r, len(r))
print(type(r).__name__, isinstance(r, dict), list(r), r.keys(), r.values(), r.items())
print(repr(r), str(r), dict(r), r == {"a": 1, "b": 2}, r != {}, bool(Registry()))


class DefaultDict(dict):
    def __init__(self, default_factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        return f"DefaultDict({self.default_factory.__name__}, {dict.__repr__(self)})"


groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, len(groups), groups["a"])
counts = DefaultDict(int, {"x": 5})
counts["x"] += 1
counts["y"] += 1
print(counts, sorted(counts.items()))
strict = DefaultDict(None)
try:
    strict["missing"]
except KeyError as e:
    print("KeyError", e)


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        self.update(iterable)

    def update(self, iterable):
        for item in iterable:
            self[item] += 1

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]

    def __add__(self, other):
        result = Counter()
        for k in set(self) | set(other):
            result[k] = self[k] + other[k]
        return result


c = Counter("abracadabra")
print(c["a"], c["z"], c.most_common(2), len(c), "z" in c)
d = c + Counter("aaz")
print(type(d).__name__, d.most_common())


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __delitem__(self, key):
        super().__delitem__(key.upper())


u = Upper()
u["name"] = "x"
u["Other"] = 2
print(u, u["NAME"], u["other"], "NAME" in u)
del u["name"]
print(u, u.pop("OTHER"), u)

# dict() keyword and iterable forms, methods reaching the dict.
e = Registry([("k", 1)], v=2)
e.update(w=3)
e.setdefault("k", 99)
print(e, e.pop("v"), e.popitem(), e, e.copy(), type(e.copy()).__name__)
del e["k"]
print(e, isinstance(e, Registry), Registry.fromkeys("ab", 0))
for k, v in Registry(p=1, q=2).items():
    print(k, v)


def to_json(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f'"{k}": {to_json(v)}' for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_json(v) for v in value) + "]"
    return repr(value)


print(to_json(Registry(a=[1, 2], b=Registry(c=3))))
