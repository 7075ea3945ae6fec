# checks that syntax errors carry CPython's hints
x = 1
if x = 1:
    pass
