# checks that genpy runs this program (cls_class_decorator, from the second differential-testing corpus) exactly as CPython 3.11 does
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__init__ = __init__
    return cls
@add_repr
class Item:
    fields = ("name", "qty", "tags")
items = [Item("bolt", 10, ["m3"]), Item("nut", 5, []), Item("bolt", 10, ["m3"])]
print(items, items[0] == items[2], items[0] == items[1], items.count(Item("nut", 5, [])))
print(sorted(items, key=lambda i: (i.name, -i.qty)))
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class DB:
    def __init__(self, url): self.url = url
print(DB("a").url, DB("b").url, DB("x") is DB("y"))
