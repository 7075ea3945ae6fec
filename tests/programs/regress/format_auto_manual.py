# checks that str.format rejects mixing automatic and manual field numbers
print("{0} {}".format(1, 2))
