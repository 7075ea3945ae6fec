# checks that genpy runs this program (fstring_specs, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 3.14159; n = 42; s = "hi"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:g} {n:05d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{n:+d}|{-n: d}|{n:,}|{1234567.891:,.2f}")
print(f"{n!r} {s!r} {s!s} {x!r}")
print(f"{'nested'!r:>12}")
w = 8; p = 3
print(f"{x:{w}.{p}f}|")
print(f"{1e20:.3g} {0.0001234:.2e} {123456789:e} {0.5:%} {0.25:.1%}")
print(f"{{literal}} {n=} {x = :.1f}")
print(f"{n:_} {2**40:_x} {True} {None!r}")
print(f"{3:>{w}}")
