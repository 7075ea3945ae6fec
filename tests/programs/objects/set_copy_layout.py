# checks that sets print in CPython's order after deletions, copies and unions
s = {3, 1, 2}
s.add(10)
s.discard(1)
print(s, s | {7}, s.copy(), set(s), frozenset(s))
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
print(t)
print(t | {100, 40}, t & {2, 4, 5, 8}, t - {2, 4}, t ^ {1, 2})
u = {x * 7 % 50 for x in range(30)}
print(u)
print(sorted(u) == sorted(set(list(u))))
