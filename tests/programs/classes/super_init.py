# checks that genpy runs this program (super_init, from the first differential-testing corpus) exactly as CPython 3.11 does
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name; self.sound = sound
    def speak(self): return f"{self.name} says {self.sound}"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def speak(self): return super().speak().upper()
class Puppy(Dog):
    def speak(self): return super(Dog, self).speak() + "!"
print(Dog("rex").speak(), Puppy("bit").speak())
print([a.speak() for a in (Animal("x"), Dog("y"))])
class A:
    def __init__(self): print("A init"); super().__init__()
class B:
    def __init__(self): print("B init"); super().__init__()
class C(A, B):
    def __init__(self): print("C init"); super().__init__()
C()
print([k.__name__ for k in C.__mro__])
