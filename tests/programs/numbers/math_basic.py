# checks that genpy runs this program (math_basic, from the first differential-testing corpus) exactly as CPython 3.11 does
import math
print(math.pi, math.e, math.sqrt(16), math.floor(-2.5), math.ceil(2.1))
print(math.inf, -math.inf, math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log(8, 2), math.exp(0), math.fabs(-3))
print(math.gcd(12, 18), math.factorial(10), math.isqrt(99))
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
try: math.factorial(-1)
except ValueError as e: print(e)
print(type(math.floor(2.5)), math.floor(1e20), math.ceil(-0.5), math.sqrt(2))
