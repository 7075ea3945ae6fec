# checks default arguments: evaluated once at def time, mutable default shared, keyword calls
print("before def")


def make_default():
    print("default evaluated")
    return 100


def f(a, b=2, c=make_default()):
    return a, b, c


print("after def")
print(f(1))
print(f(1, 3))
print(f(1, c=5))
print(f(c=7, a=0))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1))
print(append_to(2))
print(append_to(3, []))


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(5, 2)), list(gen(n=6, step=3)))
