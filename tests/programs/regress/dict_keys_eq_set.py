# checks that dict keys views compare and combine like sets
d = {"a": 1}
print(d.keys() == {"a"})
print(d.keys() & {"a", "z"})
