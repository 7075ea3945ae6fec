# checks that genpy runs this program (cls_dunder_container, from the second differential-testing corpus) exactly as CPython 3.11 does
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)
    def __bool__(self):
        return any(any(r) for r in self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m * m)
print(2 * m)
print(m * Matrix.identity(2) == m, m + m == m * 2, len(m), 4 in m, 5 in m)
m[0, 1] = 10
print(m[0, 1], list(m), bool(Matrix([[0]])), bool(m))
p = m
for _ in range(5):
    p = p * m
print(p)
