# checks generator methods on classes and __iter__ written as a generator
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n


c = Countdown(5)
print(list(c))
print(list(c))
print(list(c.evens()))
it = iter(c)
print(next(it), next(it))
print(sum(c), max(c), 3 in c)
