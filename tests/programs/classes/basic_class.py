# checks class definition, __init__, methods, bound methods, instance and class attributes
class Counter:
    instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def increment(self, by=1):
        self.value += by
        return self


a = Counter()
b = Counter(10)
a.increment().increment(5)
print(a.value, b.value, Counter.instances, a.instances)
bump = b.increment
bump()
bump(2)
print(b.value)
a.instances = "shadowed on the instance"
print(a.instances, b.instances, Counter.instances)
print(type(a).__name__, isinstance(a, Counter), type(a) is Counter)
Counter.extra = "added later"
print(b.extra)


class Empty:
    pass


e = Empty()
e.x = 1
print(e.x, hasattr(e, "y"), getattr(e, "y", "default"))
