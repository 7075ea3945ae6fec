# checks that genpy runs this program (fstring_nested, from the first differential-testing corpus) exactly as CPython 3.11 does
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10, 1)]
print(f"{'Item':<10}{'Price':>8}{'Qty':>5}")
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}")
total = sum(p * q for _, p, q in items)
print(f"{'Total':<10}{total:>8.2f}")
d = {"k": 1}
print(f"{d['k']} {d!r} {len(d):03}")
print(f"{'a' if total > 5 else 'b'} {[x for x in range(3)]} {(lambda: 7)()}")
width = 10
print(f"{'centered':^{width}}|{3.14159:.{2}f}|{'x':{'>'}{width}}")
print(f"{total!s:>10} {total!r:<12}|")
print(f"{{}} {{{1}}} }}")
n = 5; print(f"{n*2=} {n = } {n!r=}" if True else "")
print(f"{'multi'}{'part'}", f"""{n}
{n}""")
