class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        print("eq", self.x, o.x) if False else None
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"

d = {P(1, 2): "a"}
print(d[P(1, 2)])
d[P(1, 2)] = "b"
print(d, len(d))
print(P(1, 2) in d, P(2, 1) in d)
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s), P(3, 4) in s)
s.add(P(3, 4)); print(len(s))
s.discard(P(3, 4)); print(len(s))
print(hash(P(1, 2)) == hash((1, 2)))
d2 = {(P(1, 2), 3): 1}
print(d2[(P(1, 2), 3)])
print({P(1, 2)} == {P(1, 2)}, {P(1, 2)} | {P(1, 2)}, {P(1,2)} & {P(1,2)}, {P(1,2)} - {P(1,2)})
print({P(1,2): 1} == {P(1,2): 1})
print(d.get(P(1,2)), d.pop(P(1,2)), d)
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E(): 1}
except TypeError as e:
    print(e)
class N:
    __hash__ = None
try:
    {N()}
except TypeError as e:
    print(e)
class Big:
    def __hash__(self): return 2**70
print(hash(Big()))
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
class Sub(P):
    def __eq__(self, o): return False
try:
    hash(Sub(1,2))
except TypeError as e:
    print(e)
fs = frozenset([P(1, 2), P(1, 2)])
print(len(fs), {fs: 1}[frozenset([P(1,2)])])

# A memo keyed by value objects, filled by a generator pipeline.
class Cell:
    def __init__(self, r, c):
        self.r, self.c = r, c
    def __eq__(self, other):
        if not isinstance(other, Cell):
            return NotImplemented
        return self.r == other.r and self.c == other.c
    def __hash__(self):
        return hash((self.r, self.c))
    def __repr__(self):
        return f"Cell({self.r},{self.c})"

def neighbours(cells):
    for cell in cells:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            yield Cell(cell.r + dr, cell.c + dc)

seen = {}
for n in neighbours([Cell(0, 0), Cell(0, 1)]):
    seen[n] = seen.get(n, 0) + 1
print(seen)
print(Cell(0, 0) in seen, Cell(5, 5) in seen, len(set(neighbours([Cell(0, 0)] * 3))))
print(sorted(seen.items(), key=lambda kv: (kv[0].r, kv[0].c)))
print(set(seen) >= {Cell(1, 0)}, {Cell(1, 0)}.issubset(seen.keys()))
