# checks that genpy runs this program (cls_class_attrs, from the second differential-testing corpus) exactly as CPython 3.11 does
class Counter:
    instances = []
    step = 1
    def __init__(self, name):
        self.name = name
        self.value = 0
        type(self).instances.append(self)
    def inc(self):
        self.value += self.step
        return self
class Fast(Counter):
    step = 10
    instances = []
a = Counter("a"); b = Fast("b"); c = Fast("c")
a.inc().inc(); b.inc(); c.step = 100; c.inc().inc()
print([(x.name, x.value) for x in Counter.instances], [(x.name, x.value) for x in Fast.instances])
print(Counter.step, Fast.step, c.step, "step" in vars(c), sorted(vars(a)))
Counter.step = 2
a.inc()
print(a.value, hasattr(a, "inc"), getattr(a, "missing", "dflt"))
setattr(a, "extra", 5); delattr(a, "extra")
print(hasattr(a, "extra"), type(a).__name__, a.__class__.__name__, Fast.__bases__[0].__name__)
print(a.inc.__self__ is a, Counter.inc.__name__, Counter.__dict__["step"])
