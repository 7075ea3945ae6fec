from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class One(ABC):
    @abstractmethod
    def area(self): ...
for c in (Shape, One):
    try:
        c()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), type(Shape), ABC.__abstractmethods__ if hasattr(ABC, '__abstractmethods__') else None)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    P()
except TypeError as e: print(e)
print(type(ABC), repr(ABCMeta))
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r ** 2
    def perimeter(self): return 6 * self.r
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e: print(e)
c = Circle(2)
print(c.area(), isinstance(c, Shape), issubclass(Circle, Shape), Circle.__abstractmethods__)
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2), isinstance(3, Sized2))
class Animal(ABC):
    @abstractmethod
    def speak(self): ...
class Robot:
    def speak(self): return "beep"
Animal.register(Robot)
print(isinstance(Robot(), Animal), issubclass(Robot, Animal), Animal.register(Robot) is Robot)
class Dog(Animal):
    def speak(self): return "woof"
print(isinstance(Dog(), Animal), [cls.__name__ for cls in Dog.__mro__])
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass
    @classmethod
    @abstractmethod
    def make(cls): pass
    @staticmethod
    @abstractmethod
    def helper(): pass
try:
    Plugin()
except TypeError as e: print(e)
class Impl(Plugin):
    def run(self): return "ran"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
print(Impl.make().run(), Impl.helper())
try:
    Animal.register(5)
except TypeError as e: print(e)
class Base(ABC):
    @abstractmethod
    def f(self): return "base f"
class Sub(Base):
    def f(self): return super().f() + "!"
print(Sub().f())
class Registry(Animal): pass
class Other: 
    def speak(self): return "?"
Registry.register(Other)
print(issubclass(Other, Animal), issubclass(Other, Registry), isinstance(Other(), Dog))
