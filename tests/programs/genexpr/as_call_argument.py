# checks genexps as the sole call argument, with extra arguments in parentheses, and in methods
def count(it):
    return sum(1 for _ in it)


print(count(x for x in range(7) if x % 2))
print(max((x * 3 for x in range(4)), default=0))
print(" ".join(str(x) for x in [3, 2, 1]))
print(sorted((c for c in "genpy"), key=lambda c: -ord(c)))
lst = []
lst.extend(x ** 2 for x in range(4))
print(lst)
print(tuple(k for k in "ab"), set(k for k in [1, 1, 2]))
print(list(map(str.upper, (w for w in ["a", "b"]))))
