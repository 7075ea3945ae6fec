# checks that genpy runs this program (cls_callable_objs, from the second differential-testing corpus) exactly as CPython 3.11 does
class Poly:
    def __init__(self, *coef): self.coef = coef
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coef))
    def __add__(self, o):
        n = max(len(self.coef), len(o.coef))
        a = self.coef + (0,) * (n - len(self.coef))
        b = o.coef + (0,) * (n - len(o.coef))
        return Poly(*[x + y for x, y in zip(a, b)])
    def derivative(self):
        return Poly(*[i * c for i, c in enumerate(self.coef)][1:])
    def __repr__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.coef))):
            if c == 0: continue
            terms.append(f"{c}" if i == 0 else f"{c}x" if i == 1 else f"{c}x^{i}")
        return " + ".join(terms) or "0"
p = Poly(1, -3, 0, 2)
print(p, "|", p.derivative(), "|", p + Poly(0, 3), [p(x) for x in range(-2, 3)])
print(callable(p), callable(Poly), callable(3), list(map(p, [0.5, 1.5])))
def newton(f, df, x, steps=20):
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x
print(round(newton(p, p.derivative(), 2.0), 10))
