# checks that an inconsistent dedent is an IndentationError before anything runs
print("never printed: the file does not compile")
if True:
        x = 1
    y = 2
