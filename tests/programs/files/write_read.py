# checks open in w mode, write's return value, then read() of the whole file
f = open("genpy_test_write_read.txt", "w")
print(f.write("first line\n"))
print(f.write("second line\n"))
f.write("third")
f.close()
f = open("genpy_test_write_read.txt")
content = f.read()
f.close()
print(repr(content))
print(content.split("\n"))
with open("genpy_test_write_read.txt", "r") as f:
    print(repr(f.read()))
    print(repr(f.read()))
