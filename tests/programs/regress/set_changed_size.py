# checks that changing a set's size while iterating raises RuntimeError
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print(e)
print(len(s))
