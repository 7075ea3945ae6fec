# checks C[x] calling __class_getitem__ (implicitly a class method, or an explicit one)
# and the TypeError of a class without it (genpy raised for every user class)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Tagged:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Box[int], Box["x"], Tagged[1, 2])
try:
    class Plain: pass
    Plain[0]
except TypeError as e:
    print(e)
