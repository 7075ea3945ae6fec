# checks that f-string format specs: width, alignment, precision, zero padding and thousands
x = 3.14159
n = 42
print(f"[{n:>8}]")
print(f"[{n:<8}]")
print(f"[{n:^8}]")
print(f"[{x:.2f}]")
print(f"[{x:10.3f}]")
print(f"[{n:05d}]")
print(f"[{1234567:,}]")
print(f"[{1234567.891:,.2f}]")
print(f"[{'left':<10}|{'right':>10}]")
print(f"[{-7:05d}]")
print(f"[{255:x}] [{255:X}] [{255:b}] [{8:o}]")
print(f"[{0.5:.0%}]")
print(f"[{n:*^9}]")
print(f"[{2.0:.3e}]")


def table():
    for name, score in [("ann", 9.5), ("bob", 10.25), ("cy", 7.0)]:
        yield f"{name:<6}{score:>8.2f}"


for row in table():
    print(row)
