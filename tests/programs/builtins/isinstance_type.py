# checks isinstance with tuples and subclasses, type() names and identity
def gen():
    yield


values = [1, 1.5, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), gen(), len]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)))
print(isinstance(1.0, (str, float)), isinstance([], list), isinstance(gen(), type(gen())))
print(type(1) is int, type("a") == str, type(type(1)).__name__)
print(isinstance(ValueError(), Exception), isinstance(StopIteration(), BaseException))


class Base:
    pass


class Child(Base):
    pass


print(isinstance(Child(), Base), isinstance(Base(), Child), type(Child()).__name__)
print(issubclass(bool, int), issubclass(Child, (int, Base)))
