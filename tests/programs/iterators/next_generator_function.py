# A class whose __next__ is a generator function: each call returns a new generator
# object, which a for loop receives as its item (genpy once ran the body as a plain
# frame and stopped with an internal error at its yield).
class Gens:
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


n = 0
for x in Gens():
    print(type(x).__name__, next(x))
    n += 1
    if n == 3:
        break


# __next__ with a default parameter, a *args one, and one taking self only.
class Defaults:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self, step=2):
        self.i += step
        if self.i > 6:
            raise StopIteration
        return self.i


class Star:
    def __init__(self):
        self.left = 3

    def __iter__(self):
        return self

    def __next__(*args):
        self = args[0]
        if not self.left:
            raise StopIteration
        self.left -= 1
        return len(args) * 10 + self.left


print(list(Defaults()), [x for x in Star()], sum(Star()))


class Bad:
    def __iter__(self):
        return self

    def __next__(self, needed):
        return needed


try:
    for x in Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
