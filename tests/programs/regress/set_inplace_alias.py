# checks that in-place set operators mutate the object other names share
a = {1, 2, 3}
b = a
a -= {1}
a |= {7}
print(b, a is b)
