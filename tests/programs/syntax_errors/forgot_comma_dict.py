count = 3
d = {'a' 1, 'b': 2}
