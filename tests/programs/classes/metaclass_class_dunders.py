class Reg(type):
    def __iter__(cls):
        return iter(cls._items)
    def __len__(cls):
        return len(cls._items)
    def __getitem__(cls, k):
        return cls._items[k]
    def __contains__(cls, x):
        return x in cls._items
    def __repr__(cls):
        return f"<reg {cls.__name__}>"
    def __bool__(cls):
        return bool(cls._items)
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
    def __or__(cls, other):
        return (cls, other)

class Things(metaclass=Reg):
    _items = [3, 1, 2]
class Empty(metaclass=Reg):
    _items = []
print(list(Things), len(Things), Things[0], 1 in Things, 5 in Things, repr(Things), str(Things))
print(bool(Things), bool(Empty), [x for x in Things], sorted(Things))
print(isinstance(5, Things), isinstance("a", Things), issubclass(bool, Things), issubclass(int, Things))
print(isinstance(5, (str, Things)))
print(Things | int)
print(f"{Things}", [Things])
for i, t in enumerate(Things):
    print(i, t)
