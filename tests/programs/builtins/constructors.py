# checks list/tuple/dict/set/str/repr/int/float/bool constructors, including from generators
def gen():
    yield 3
    yield 1
    yield 3


print(list(gen()), tuple(gen()), set(gen()), list("abc"), list())
print(dict(a=1, b=2), dict([(1, 2)]), dict({"x": 0}, y=1), dict())
print(str(12), str([1, "a"]), repr("q"), str(), repr(None))
print(int(), int("  -12 "), int(7.99), int("z", 36), int(True), int("0x1f", 16))
print(float(), float("1e3"), float(3), float("-inf"), float(" 0.25"))
print(bool(), bool(0), bool([0]), bool(""), bool("0"), bool(gen()))
print(tuple([1, 2]), tuple(range(3)), tuple("ab"), set("aa") == {"a"})
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
