# checks that genpy runs this program (text_fstring_table, from the second differential-testing corpus) exactly as CPython 3.11 does
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 0.1), ("kiwi", 7, 1.125)]
w = max(len(r[0]) for r in rows)
print(f"{'item':<{w}} {'qty':>5} {'price':>7} {'total':>8}")
print(f"{'':=<{w + 23}}")
total = 0
for name, q, p in rows:
    t = q * p
    total += t
    print(f"{name:<{w}} {q:>5d} {p:>7.3f} {t:>8.2f}")
print(f"{'TOTAL':>{w}} {'':>5} {'':>7} {total:>8.2f}")
print(f"{total!r:>12}|{total!s:<12}|{'x'!a}")
print(f"{42:#x} {42:#o} {42:#b} {42:08b} {-42:+6d} {42:^7}|")
print(f"{3.0:g} {1e-7:g} {123456789.0:g} {0.000123:.2e} {1/3:.10f} {2/3:%}")
n = 5
print(f"{n=} {n*2=} {'a' 'b'=}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{[1,2][0]}")
