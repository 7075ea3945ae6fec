# checks the final line of an uncaught KeyError shows the key's repr
def lookup(d, keys):
    for k in keys:
        yield d[k]


print(list(lookup({"a": 1}, ["a"])))
print(list(lookup({"a": 1}, ["a", "missing key"])))
