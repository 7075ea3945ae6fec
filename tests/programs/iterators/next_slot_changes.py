# A for loop over instances whose classes define __next__ in Python: the loop finds
# the method again when the class's __next__ is replaced, deleted or inherited, when
# two iterator classes alternate, and when __next__ is a generator function (its call
# makes a generator each time, which is the item).


class Up:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Down(Up):
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return -self.n


def doubled(self):
    if self.i >= self.n:
        raise StopIteration
    self.i += 1
    return 2 * self.i


print(list(Up(3)), list(Down(3)))
out = []
for a in Up(3):
    for b in Down(2):
        out.append((a, b))
print(out)

seen = []
for v in Up(6):
    seen.append(v)
    if v == 2:
        Up.__next__ = doubled
print(seen)


class Later(Up):
    pass


print(list(Later(2)))
del Up.__next__
try:
    for v in Later(2):
        print("never", v)
except TypeError as e:
    print("TypeError:", e)


class Gens:
    def __init__(self):
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        yield 1


for i, g in enumerate(Gens()):
    print(type(g).__name__, next(g))
    if i == 1:
        break


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


def main():
    for x in Broken():
        print(x)


main()
