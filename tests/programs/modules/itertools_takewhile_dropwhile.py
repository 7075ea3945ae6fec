# checks takewhile and dropwhile with infinite generators and that they consume lazily
import itertools


def squares():
    n = 1
    while True:
        print("squares yields", n * n)
        yield n * n
        n += 1


small = itertools.takewhile(lambda x: x < 20, squares())
print("takewhile created")
print(list(small))
d = itertools.dropwhile(lambda x: x < 5, [1, 3, 5, 2, 8, 1])
print(list(d))
print(list(itertools.takewhile(lambda c: c != " ", "hello world")))
dw = itertools.dropwhile(lambda x: x < 10, squares())
print(next(dw), next(dw))
