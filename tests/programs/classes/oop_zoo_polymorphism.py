# checks that genpy runs this program (oop_zoo_polymorphism, from the second differential-testing corpus) exactly as CPython 3.11 does
class Animal:
    sound = "..."
    legs = 4
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def __str__(self): return f"{type(self).__name__.lower()} {self.name}"
    def __lt__(self, o): return (self.legs, self.name) < (o.legs, o.name)
class Dog(Animal): sound = "woof"
class Bird(Animal):
    sound = "tweet"; legs = 2
    def speak(self): return super().speak() + " (flying)"
class Snake(Animal):
    sound = "hiss"; legs = 0
class Puppy(Dog):
    def speak(self): return super().speak().replace("woof", "yip")
zoo = [Dog("rex"), Bird("tweety"), Snake("kaa"), Puppy("bit"), Animal("generic")]
for a in sorted(zoo):
    print(f"{str(a):<16}{a.legs} {a.speak()}")
print([type(a).__name__ for a in zoo if isinstance(a, Dog)], sum(a.legs for a in zoo))
print({type(a).__name__: a.sound for a in zoo})
print(Puppy.__mro__[1:3], Puppy.__bases__, Puppy.__name__, Puppy.__qualname__)
