# checks that genpy runs this program (classes_dunder, from the first differential-testing corpus) exactly as CPython 3.11 does
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __lt__(self, o): return abs(self) < abs(o)
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, z): return self.x + self.y + z
a = V(1, 2); b = V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, bool(V(0, 0)), len(a), a[1], list(a), a == V(1, 2), a != b)
print(2 in a, 5 in a, a(10), str(a), f"{a}", f"{a!r}")
x, y = a; print(x, y)
print(a[-1])
a += b; print(a)
