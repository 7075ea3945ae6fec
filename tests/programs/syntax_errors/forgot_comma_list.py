count = 3
a = [1, 2 3]
