# A missing comma inside a bracket that is never closed: the hint, as the
# expression after it ends before the end of input.
values = [1 2, 3
print(values)
