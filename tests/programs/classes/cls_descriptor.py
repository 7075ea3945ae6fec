# checks that genpy runs this program (cls_descriptor, from the second differential-testing corpus) exactly as CPython 3.11 does
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name; self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.age += 1
print(p.age, sorted(vars(p)))
