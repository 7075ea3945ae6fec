# checks that genpy runs this program (math_mod, from the first differential-testing corpus) exactly as CPython 3.11 does
import math
print(math.pi, math.e, math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 6), math.hypot(3, 4), math.degrees(math.pi))
print(math.fabs(-3), math.pow(2, 3), math.fsum([0.1] * 10), math.copysign(1, -0.0), math.prod([1, 2, 3, 4]))
print(math.comb(5, 2), math.perm(5, 2), math.lcm(4, 6), math.modf(3.5), math.frexp(8.0))
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
print(type(math.floor(2.5)), math.floor(10**20 + 0.5) if False else "", math.isfinite(1.0))
