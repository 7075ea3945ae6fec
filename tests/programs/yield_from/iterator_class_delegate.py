# checks yield from an iterator class, with StopIteration(value) becoming the result
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1


def launcher():
    result = yield from Countdown(3)
    print("result of yield from:", result)
    yield result


print(list(launcher()))


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100


def via_getitem():
    r = yield from OnlyGetitem()
    print("old-style sequence result:", r)


print(list(via_getitem()))
