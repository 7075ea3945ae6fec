# cmath differential: every function on random and edge-case complex numbers
# (zeros with signs, subnormal, huge), log with a base, rect/polar, and the errors.
import cmath, math, random
rng = random.Random(11)
vals = [0j, 1, -1, 2+3j, -4.0, 1j, -1j, 0.5+0.5j, -0.5-0.25j, complex(0, -0.0), complex(-0.0, 0), 1e-310+1e-310j, 1e300+1e300j, -1e300-1e200j, 3.5, 1e-8j, 0.71, 1.2+0.3j, 10+0j, 0.9999999+1e-10j]
vals += [complex(rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(30)]
vals += [complex(rng.choice([-1, 1]) * 10 ** rng.uniform(-10, 10), rng.choice([-1, 1]) * 10 ** rng.uniform(-10, 10)) for _ in range(20)]
names = ["sqrt", "exp", "log", "log10", "phase", "polar", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "isfinite", "isinf", "isnan"]
for v in vals:
    out = []
    for n in names:
        try:
            out.append(repr(getattr(cmath, n)(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), " ".join(out))
    try: print(cmath.log(v, 2+1j), cmath.rect(abs(v), cmath.phase(v)), v ** 0.5, v ** (1+1j), v ** 3, v ** -2, v / (1.5 - 2j), v * v)
    except Exception as e: print(type(e).__name__, e)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.exp(1000), lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.cosh(1000), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1, math.inf)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
