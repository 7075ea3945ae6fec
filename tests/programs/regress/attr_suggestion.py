# checks that an AttributeError's final line carries CPython's 'Did you mean' suggestion
x = [1]
x.apend(2)
