# complex numbers in small signal programs: a generator of DFT bins over a sampled
# signal, the roots of quadratics (complex when the discriminant is negative), an
# ASCII Mandelbrot set, and phasors added as complex numbers.
import cmath
import math


def dft(samples):
    n = len(samples)
    for k in range(n):
        yield sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(samples))


signal = [math.sin(2 * math.pi * 2 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
for k, X in enumerate(dft(signal)):
    mag = abs(X)
    if mag > 1e-9:
        print(k, round(mag, 6), round(cmath.phase(X), 6))


def roots(a, b, c):
    d = b * b - 4 * a * c
    root = cmath.sqrt(d) if d < 0 else math.sqrt(d)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 0, -1)]:
    r1, r2 = roots(*coeffs)
    print(coeffs, r1, r2, r1 * r2)


def mandelbrot(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


for y in range(-6, 7):
    row = ""
    for x in range(-20, 9):
        n = mandelbrot(complex(x / 10, y / 5))
        row += " .:-=+*#%@"[min(n, 29) // 3]
    print(row.rstrip())

phasors = [cmath.rect(1.0, math.radians(a)) for a in (0, 120, 240)]
total = sum(phasors)
print(abs(total) < 1e-12, [f"{p:.3f}" for p in phasors])
print([complex(round(p.real, 3), round(p.imag, 3)) for p in phasors])
z = 3 + 4j
print(z, z.conjugate(), abs(z), z * z.conjugate(), z / 2, z ** 2, 1 / z, -z, z == complex("3+4j"))
print(sorted([2 + 1j, 1 - 3j, -2j, 0.5], key=abs), {z: "z"}[3 + 4j], hash(2 + 0j) == hash(2))
print(f"{z:>12}|{z:<14.2f}|{z:^+16.1e}|", format(1j), str(-1j), repr(complex(0, -0.0)))
