# checks that genpy runs this program (cls_new_singleton, from the second differential-testing corpus) exactly as CPython 3.11 does
class Config:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance
    def __init__(self, **kw):
        self.values.update(kw)
a = Config(debug=True)
b = Config(level=3)
print(a is b, a.values)
class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.created_by_new = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.created_by_new, p.x, p.y)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Weird())
