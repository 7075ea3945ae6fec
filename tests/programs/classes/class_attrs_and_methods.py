# checks class-level attributes, methods looked up through the class, and mutation sharing
class Config:
    defaults = {"depth": 1}
    names = []

    def add(self, name):
        self.names.append(name)

    def describe(self):
        return f"{type(self).__name__} with {self.names}"


a = Config()
b = Config()
a.add("x")
b.add("y")
print(Config.names, a.describe())
print(Config.describe(a))
f = Config.add
f(a, "z")
print(b.names)


class Sub(Config):
    defaults = {"depth": 2}


print(Sub().defaults, Config().defaults, Sub().describe())
print(getattr(Sub, "defaults"), hasattr(Sub, "add"))
setattr(Sub, "label", "sub")
print(Sub.label, Sub().label)
