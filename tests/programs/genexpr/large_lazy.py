# checks genexps over two million items run without building a list, and chained genexps stay flat
total = sum(x % 7 for x in range(2_000_000) if x % 3)
print(total)
print(max(x * x % 1000 for x in range(200_000)))
evens = (x for x in range(1_000_000) if x % 2 == 0)
squares = (x * x for x in evens)
small = (s for s in squares if s % 10 == 4)
count = 0
for s in small:
    count += 1
print(count, s)
