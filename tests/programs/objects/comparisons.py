# checks equality and ordering across ints, floats, bools, strings, lists, tuples and None
print(1 == 1.0, True == 1, False == 0, 1.0 == 1 == True)
print(2 < 2.5, -1 < False, "10" < "9", [1, 2] < [1, 2, 0])
print((1, "a") < (1, "b"), [3] > [2, 99], (2,) >= (2,))
print(None == None, None is None, None == 0, [] == [], [] is [])
print(1 != 2, "a" != "a", {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(max(3, 7.5, -1), min("b", "a", "c"), sorted([3, 1.5, True]))
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b)
try:
    print(1 < "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
print(float("nan") == float("nan"), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
