# checks generator expressions are lazy, single-use and work as sole call arguments
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


ge = (x * x for x in noisy(3))
print("genexp created")
print(next(ge))
print(list(ge))
print(list(ge))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(n) for n in range(5) if n % 2 == 0))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(type(ge).__name__)
