# Attribute loads and stores at one site stay right when classes change under them.
class P:
    def __init__(self, x):
        self.x = x


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


p = P(1)
for _ in range(3):
    print(get_x(p))
    set_x(p, get_x(p) + 1)

# A data descriptor added to the class later wins over the instance dict.
P.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(get_x(p))
set_x(p, 99)
print(p.__dict__)
del P.x
print(get_x(p))


# A base class that gains a property later.
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.y = "instance y"


def get_y(o):
    return o.y


c = Child()
print(get_y(c), get_y(c))
Base.y = property(lambda self: "base property")
print(get_y(c))


# Different classes at the same site.
class A:
    def __init__(self):
        self.x = "A.x"


class B:
    def __init__(self):
        self.z = 0
        self.x = "B.x"


for o in [A(), B(), A(), B()]:
    print(get_x(o))


# A missing attribute after it was cached, and __getattr__.
class G:
    def __init__(self):
        self.x = "present"

    def __getattr__(self, name):
        return f"__getattr__({name})"


g = G()
print(get_x(g), get_x(g))
del g.x
print(get_x(g))
a = A()
print(get_x(a))
del a.x
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError:", e)


# __setattr__ added to the class later.
class S:
    pass


s = S()
set_x(s, 1)
set_x(s, 2)
S.__setattr__ = lambda self, name, v: print("intercepted", name, v)
set_x(s, 3)
print(s.x)


# A class redefined in a loop (a new class may reuse an old one's address).
for n in range(4):
    class T:
        def __init__(self, n):
            if n % 2 == 0:
                self.x = n

    t = T(n)
    print(get_x(t) if n % 2 == 0 else "-", end=" ")
    T.x = "class x" if n % 3 else property(lambda self: "prop")
    print(get_x(t))
