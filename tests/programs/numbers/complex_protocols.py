# complex meets the rest of the language: numbers.Complex, __complex__ on user
# classes, complex() of objects with __float__/__index__, json and pprint, sum and
# sorted, float ** float with a complex result, and pow() with a modulus.
import json
import numbers
import pprint


class Impedance:
    def __init__(self, r, x):
        self.r, self.x = r, x

    def __complex__(self):
        return complex(self.r, self.x)


class Level:
    def __float__(self):
        return 2.5


class Count:
    def __index__(self):
        return 7


class Broken:
    def __complex__(self):
        return 42


print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.5, numbers.Complex))
print(complex(Impedance(50, -20)), complex(Level()), complex(Count()), complex(Level(), Count()))
z = complex(Impedance(3, 4))
print(z + Impedance(1, 1).r, abs(z), (1 + 1j) * z)
pprint.pprint({"z": [1j, 2 + 3j], "w": (complex(0, -0.0),)})
print(sum([1 + 1j] * 10), sorted([3 + 0j, 1j, 2], key=lambda c: c.imag))
print((-8) ** (1 / 3), (-2.0) ** 0.5, 4 ** 0.5, (-1) ** 2.0)
for bad in [lambda: complex(Broken()), lambda: json.dumps(1j), lambda: pow(1j, 2, 5),
            lambda: 1j % 2, lambda: 1j > 0, lambda: int(1 + 0j), lambda: [1, 2][1j],
            lambda: round(2j), lambda: complex("1+2j", 1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
