# checks that genpy runs this program (walrus_unpack, from the first differential-testing corpus) exactly as CPython 3.11 does
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
a, *b, c = range(6); print(a, b, c)
*a, b = "xyz"; print(a, b)
(a, b), c = (1, 2), 3; print(a, b, c)
a = b = c = 0; print(a, b, c)
a, b = b, a
x = [1, 2, 3]; x[0], x[2] = x[2], x[0]; print(x)
first, *_ = [9, 8, 7]; print(first, _)
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
try:
    a, b = 5
except TypeError as e: print(e)
while (line := data.pop()) != 3:
    print("popped", line)
for i, (k, v) in enumerate({"a": 1}.items()): print(i, k, v)
print(*[1, 2], *"ab", sep="-")
