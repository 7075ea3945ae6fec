# checks list, dict and set comprehensions with several for/if clauses and their own scope
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * x for x in range(4)})
print({x % 3 for x in range(10)})
print([[i * j for j in range(3)] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
words = ["apple", "bob", "cat"]
print({w[0]: len(w) for w in words if len(w) > 2})


def numbers():
    print("numbers starts")
    yield 1
    yield 2


print([n * 10 for n in numbers()])
print(sorted({n for n in [3, 1, 3, 2]}))
