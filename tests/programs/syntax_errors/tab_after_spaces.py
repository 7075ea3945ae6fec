# A tab-indented line inside a block indented with spaces: TabError.
if True:
        x = 1
	print(x)
