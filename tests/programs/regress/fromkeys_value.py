# checks that dict.fromkeys(keys, value) through the class
print(dict.fromkeys(["a", "b"], 0))
