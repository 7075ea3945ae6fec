# checks recursive functions, mutual recursion, recursion inside generators and big-int factorial
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(5), fact(30))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, [5]]]], 6])))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


for p in permutations([1, 2, 3]):
    print(p)
print(fact(400) % 1000003)
