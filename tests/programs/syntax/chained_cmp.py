# checks that genpy runs this program (chained_cmp, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2, "a" < "b" <= "b")
def v(n):
    print("eval", n); return n
print(v(1) < v(2) < v(0) < v(5))
print(None is None, [] is not [], 1 in [1], "a" not in "abc", not 1 == 2)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, -16 >> 2)
print(0 or "", "" or 0, 1 and [], [] and 1, None or "d", 3 and 4)
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1] < [1, 0], "abc" < "abd", (1, "a") < (1, "b"))
print(1 if 0 else 2, "yes" if [] else "no")
print(3 > 2 == True, (3 > 2) == True, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 2 * 3 % 4)
