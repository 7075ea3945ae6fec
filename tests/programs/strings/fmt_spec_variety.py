# checks that genpy runs this program (fmt_spec_variety, from the second differential-testing corpus) exactly as CPython 3.11 does
v = 1234.5678
print(f"[{v:=+12.2f}] [{v:_<12.1f}] [{-v:=12.0f}] [{v:012.3f}] [{v:e}] [{v:.2%}]")
print(f"[{42:c}] [{'x':^5}] [{'abc'!r:>8}] [{'abc':.2}] [{'abc':>6.2}] [{3:03}] [{True:d}] [{True}]")
print("{0[name]} {0[n][1]} {1.real} {2!s:*^7}".format({"name": "dict", "n": [1, 2]}, 5, "s"))
print("{:{w}.{p}f}|{:>{w}}|".format(3.14159, "r", w=9, p=3))
print(format(255, "x"), format(255, "#X"), format(0.5, ".0%"), format(-0.0, "f"), format(1e6, ","), format(12, "b"))
print(f"{1_000_000:_d}", f"{0xdead:_x}", f"{123:+}", f"{-123: }", f"{123: }", f"{1.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|", f"{None!r}", f"{[1, 'a']}", f"{(1,)}", f"{ {'a': 1} }")
print("%5s|%-5s|%5.2s|%c|%r|%%|%i|%u" % ("ab", "ab", "abc", "z", "q", 7, 8))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%x %X %#x %#o %e %E" % (255, 255, 255, 8, 0.001, 1e10))
print(f"{1e-10:g}", f"{1e16:g}", f"{123456.0:g}", f"{1234567.0:g}", f"{0.0001:g}", f"{0.00001:G}")
print(f"{float('inf'):>6}|{float('nan'):<5}|{-float('inf'):+}|{float('inf'):.2f}")
