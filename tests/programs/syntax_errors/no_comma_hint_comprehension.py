count = 3
x = [i for i in range(3) 1]
