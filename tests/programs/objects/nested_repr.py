# checks repr and str of nested containers, strings with quotes and special values
data = {"list": [1, 2.5, "three"], "tuple": (None, True), "nested": {"k": [()]}}
print(data)
print(repr(data))
print(str([1, "a"]), repr("a"), str("a"))
print(["it's"], ['say "hi"'], ["both ' and \""])
print([[], [[]], {}, set()], (1,), ((1,),))
print({1: {2: {3: "deep"}}})
print([None, False, 0, 0.0, ""])
print(repr("tab\t"), ["new\nline"])
x = [1]
x.append(x)
print(x)
