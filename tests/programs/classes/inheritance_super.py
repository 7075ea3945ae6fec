# checks single inheritance, method overriding, super() calls and isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("bit", 1)
print(p.age, isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal))
print(issubclass(Animal, Dog), Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
