# __del__ runs when the last reference goes, before the next statement's output,
# in the order the references go.
class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
del a
print("after del a")

b = Noisy("b1")
b = Noisy("b2")
print("after rebinding b")


def scope():
    x = Noisy("local x")
    y = Noisy("local y")
    print("leaving scope")


scope()
print("after scope")

chain = Noisy("outer", Noisy("middle", Noisy("inner")))
del chain
print("after chain")

d = {"k1": Noisy("value 1"), "k2": Noisy("value 2")}
del d
print("after dict")

holder = Noisy("holder")
holder.child = Noisy("replaced child")
holder.child = None
print("after replacing the child")


# Resurrection: __del__ stores the object; it is not called a second time.
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__, saving self")
        saved.append(self)


p = Phoenix()
p.feathers = 3
del p
print("saved:", len(saved), saved[0].feathers)
saved.clear()
print("cleared the saved list")


# An exception in __del__ is reported (on stderr) and ignored.
class Faulty:
    def __del__(self):
        print("faulty __del__ runs")
        raise ValueError("boom")


f = Faulty()
del f
print("the program goes on")


# A generator's locals go when it finishes.
def gen():
    n = Noisy("generator local")
    yield 1
    print("generator resumes")


for _ in gen():
    print("in the loop")
print("after the loop")


# Inheritance: a subclass inherits __del__; a base may call super().__del__().
class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)


class Derived(Base):
    def __del__(self):
        print("Derived.__del__")
        super().__del__()


Derived()
print("after a temporary")
last = Noisy("global at exit")
print("end")
