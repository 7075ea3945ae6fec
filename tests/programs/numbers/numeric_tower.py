# checks that genpy runs this program (numeric_tower, from the first differential-testing corpus) exactly as CPython 3.11 does
print(1 + 2.0, 3 * 1.0, 2 ** 2, 2 ** -1, 2.0 ** 2, 7 / 7, 6 // 4.0, True + 0.5)
print(type(1 + 2.0).__name__, type(2 ** -1).__name__, type(7 / 7).__name__, type(10 // 3).__name__)
print(10 ** -2, 0.1 ** 2, (-8) ** (1/3) if False else "", 1e0, int("12") * 1.0)
print(3 == 3.0, 3 is 3 if False else "", hash(3) == hash(3.0), {3: "a"}.get(3.0), 0.5 == 1/2)
print(max(1, 1.0), min(1.0, 1), sorted([1.0, 1, 0.5]), [1, 1.0].count(1), 1 in [1.0])
print(int(7 / 2), 7 // 2, round(7 / 2), -7 // 2, int(-7 / 2), float.__name__)
