# checks that for iterates strings, tuples, dicts (keys), ranges, dict items and generators
for ch in "hey":
    print(ch, end=" ")
print()
for t in (1, "two", 3.0):
    print(repr(t), end=" ")
print()
d = {"z": 1, "a": 2, "m": 3}
for key in d:
    print(key, d[key])
for k, v in d.items():
    print(k, "->", v)
for n in range(10, 0, -3):
    print(n, end=",")
print()


def letters():
    yield from "abc"


for i, letter in enumerate(letters(), 1):
    print(i, letter)
