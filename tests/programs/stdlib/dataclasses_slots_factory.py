from dataclasses import dataclass, field
@dataclass(slots=True)
class P:
    x: int
    y: int = 2
print(P(1), P.__slots__, P(1) == P(1, 2))
@dataclass
class Q:
    a: int
    b: list = field(default_factory=lambda: [1, 2])
    def total(self):
        return self.a + sum(self.b)
print(Q(1).total(), Q(1, [5]).b, Q.__dataclass_params__.frozen if hasattr(Q, "__dataclass_params__") else None)
