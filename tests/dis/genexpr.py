# a generator expression: its own code object, fed the first iterable
numbers = [1, 2, 3, 4]
squares = (n * n for n in numbers if n % 2 == 0)
print(sum(squares))
