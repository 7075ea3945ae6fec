# checks that genpy runs this program (cls_operator_overload_vec, from the second differential-testing corpus) exactly as CPython 3.11 does
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __pow__(self, n): return Vec(self.x ** n, self.y ** n)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2, -a, +a, abs(a), a @ b, a ** 2)
print(a == Vec(3, 4), a != b, list(a), a[1], tuple(b), dict(x=a[0]))
c = a
c += b
print(a, c is a)
x, y = b
print(x, y, sum(Vec(1, 2)), max(a))
