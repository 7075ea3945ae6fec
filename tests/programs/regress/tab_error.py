# checks that inconsistent tabs and spaces raise TabError
def f(x):
	if x:
        return 1
