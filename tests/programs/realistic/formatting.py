import math

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:,.2f}"

m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:>12.1f}|", str(m), repr(m), f"{m!r}", f"{m!s:>15}")
for x in [0.1 + 0.2, 1e16, 1.5e-7, 123456789.123, -0.0, float("inf"), float("nan"), 2.5, 1/3, 1e22, 12345678901234567.0]:
    print(repr(x), str(x), f"{x:.3g}", f"{x:e}", f"{x:10.4f}|", f"{x:g}", f"{x:%}" if math.isfinite(x) else "")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
print(f"{1234567:,}", f"{1234567:_}", f"{255:#x}", f"{255:08b}", f"{-42:+d}", f"{42: d}", f"{3.14159:+.2e}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|")
print("%s %r %d %5.2f %-6s| %x %o %e %%" % ("s", "r", 42, 3.14159, "ab", 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{0} {1} {0}".format("a", "b"), "{:>{w}}".format("x", w=5), "{name!r}".format(name="n"))
print(format(1e100, ".2f")[:20], format(0.000012345, ".3"), format(100.0, ".0f"), format(5, ".2f"))
print(str(1.0), str(100.0), str(1e-5), str(0.0001), repr(1e15), repr(1e16), 3.0 * 1.1)
print(int(3.99), int(-3.99), 7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** -1, 10 / 4, 2 ** 0.5)
print(f"{12.5:.0f} {13.5:.0f} {0.125:.2f} {0.375:.2f}")
print(math.floor(-2.5), math.ceil(2.1), math.sqrt(2), math.pi, math.e, math.inf, math.gcd(12, 18), math.lcm(4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
print(f"{'nested {braces}'}", f"{{literal}}", f"{3!r:>4}", f"{'x'=}", f"{1+1=}")
print(format(True), format(True, "d"), f"{None!s}", format([1, 2]))
print("{:,.2f}".format(-1234567.891), "{:e}".format(0), "{:.2%}".format(0.12345), "{:c}".format(65))
print(str(b"bytes"), repr("quote's"), repr('dq"'), repr("both'\""), ascii("café"), repr("tab\tnl\n\x00"))
