# checks that genpy runs this program (num_sci_stats, from the second differential-testing corpus) exactly as CPython 3.11 does
import math
data = [2.5, 3.7, 1.2, 9.8, 4.4, 4.4, 6.1, 7.3, 0.5, 5.0]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
sd = math.sqrt(var)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
modes = {}
for x in data: modes[x] = modes.get(x, 0) + 1
print(f"mean={mean:.4f} var={var:.4f} sd={sd:.4f} median={median} mode={max(modes, key=modes.get)}")
print(f"min={min(data)} max={max(data)} range={max(data) - min(data):.1f}")
z = [round((x - mean) / sd, 3) for x in data]
print(z)
print(math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.0000001), math.sqrt(2), math.pi, math.e)
print(math.factorial(20), math.gcd(84, 36), math.isclose(0.1 + 0.2, 0.3), math.fabs(-3), math.exp(1) == math.e)
print(math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(0.001), math.inf, -math.inf < 0, math.isnan(math.nan))
print(math.hypot(3, 4), math.atan2(1, 1) * 4, round(math.sin(math.pi / 6), 10), math.degrees(math.pi), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10 ** 20 + 1), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.trunc(-3.7), math.copysign(2, -0.0))
