# checks range with one, two and three arguments, negatives and its errors
print(list(range(4)), list(range(2, 6)), list(range(0, 10, 4)))
print(list(range(5, -5, -2)), list(range(3, 3)), list(range(3, 1)))
r = range(1, 10, 2)
print(r.start, r.stop, r.step, len(r), r)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(10 ** 6):
    total += i
print(total)
