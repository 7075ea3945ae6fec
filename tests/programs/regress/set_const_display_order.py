# checks that a set display of constants iterates in CPython's order
print({100, 5, 37, 8})
