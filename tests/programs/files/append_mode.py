# checks that mode 'a' appends to an existing file and 'w' truncates it
name = "genpy_test_append.txt"
with open(name, "w") as f:
    f.write("one\n")
with open(name, "a") as f:
    f.write("two\n")
    f.write("three\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, "w") as f:
    f.write("fresh\n")
with open(name) as f:
    print(repr(f.read()))
with open("genpy_test_append_new.txt", "a") as f:
    f.write("created by append\n")
with open("genpy_test_append_new.txt") as f:
    print(repr(f.read()))
