# checks that a float format with precision and no type switches to exponent like CPython
print(f"{100.0:.3}")
