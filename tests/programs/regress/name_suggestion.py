# checks that a NameError's final line carries CPython's 'Did you mean' suggestion
count = 1
print(coutn)
