import second

X = 1
