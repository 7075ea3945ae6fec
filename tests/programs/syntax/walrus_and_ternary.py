# checks that genpy runs this program (walrus_and_ternary, from the second differential-testing corpus) exactly as CPython 3.11 does
data = [3, 8, 1, 12, 5, 20, 7]
if (n := len(data)) > 5:
    print(f"long list ({n})")
print([y for x in data if (y := x * 2) > 10])
print(y)
import itertools
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print("first >10:", v)
        break
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 5)])
print(0 or "" or None or "default", 1 and 2 and 3, [] and 1, not [], 3 if [] else 4)
total = 0
print([total := total + x for x in range(5)], total)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, (1 < 2) < 3, 1 == 1.0 is not None)
