# checks that changing a dict's size while iterating raises RuntimeError
d = {"a": 1}
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print(e)
print(len(d))
