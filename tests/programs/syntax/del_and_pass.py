# checks that del removes names, list items, slices, dict keys and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class C:
    pass


c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))


def nothing():
    pass


print(nothing())
if True:
    pass
print("end")
