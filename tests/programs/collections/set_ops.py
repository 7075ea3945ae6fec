# checks that genpy runs this program (set_ops, from the first differential-testing corpus) exactly as CPython 3.11 does
a = {1, 2, 3}; b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a.issubset({1, 2, 3, 4}), a.isdisjoint({9}))
print(a.union([5]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
s = set(); s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(9); s.remove(4); print(s, len(s))
try: s.remove(9)
except KeyError as e: print("KeyError", e)
print(s.pop() in {1, 2, 3}, 2 in s, sorted(s))
print(set("aab") == {"a", "b"}, {1, 2} == {2, 1}, frozenset([1, 2]) == {1, 2})
print(sorted({x * x for x in range(-3, 4)}), set(), {()}, {(1, 2)})
c = a.copy(); c.clear(); print(c, a)
a |= {9}; a -= {1}; print(sorted(a))
print({1, 2, 3} - {2}, sorted({-1, 5, 3}), {True, 1, 1.0})
