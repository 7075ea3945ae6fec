# checks __repr__, __str__, __eq__, __lt__, __len__, __contains__, __getitem__ and __call__
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __str__(self):
        return "<" + ", ".join(str(x) for x in self.xs) + ">"

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)

    def __len__(self):
        return len(self.xs)

    def __contains__(self, item):
        return item in self.xs

    def __getitem__(self, i):
        return self.xs[i]

    def __call__(self, k):
        return Vec(*[k * x for x in self.xs])


v = Vec(1, 2, 3)
print(v, repr(v), [v], str(v))
print(v == Vec(1, 2, 3), v != Vec(1), v == "x")
print(Vec(5) < v, sorted([Vec(9), Vec(1, 1), Vec(0)]))
print(len(v), 2 in v, 7 in v, v[0], v[-1], v[1:])
print(v(10), bool(Vec()), bool(v))
print(list(v), [x * 2 for x in v])
print(max([Vec(1), Vec(3), Vec(2)]), min(Vec(4), Vec(0, 1)))
