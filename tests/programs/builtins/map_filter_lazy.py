# checks that map and filter are lazy iterators pulling one item at a time
def noisy(n):
    for i in range(n):
        print("source", i)
        yield i


def square(x):
    print("square", x)
    return x * x


def is_odd(x):
    print("test", x)
    return x % 2 == 1


m = map(square, noisy(3))
print("map created, nothing computed")
print(next(m))
f = filter(is_odd, m)
print("filter created")
print(list(f))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
mm = map(str, [1, 2])
print(list(mm), list(mm))
