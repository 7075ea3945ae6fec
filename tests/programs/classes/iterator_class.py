# checks an iterator class with __iter__/__next__ used by for, next, list and yield from
class CountUp:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        print("CountUp produces", self.n)
        return self.n


for x in CountUp(2):
    print("for got", x)
it = CountUp(3)
print(next(it), next(it))
print(list(it), next(it, "exhausted"))


def wrapper():
    result = yield from CountUp(2)
    print("yield from result", result)


print(list(wrapper()))
print(sum(CountUp(4)), sorted(CountUp(3), reverse=True))
