# iterator_class: the same countdown as a class with __next__ and as a generator,
# consumed by for loops (attribute access and method calls vs. resume/yield).
N = 1500000


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def countdown(n):
    while n > 0:
        n -= 1
        yield n


def main():
    a = 0
    for v in Countdown(N):
        a += v
    b = 0
    for v in countdown(N):
        b += v
    print("iterator_class", a, b, a == b)


main()
