# checks readline returns lines with newlines and '' at end of file
with open("genpy_test_readline.txt", "w") as f:
    f.write("alpha\nbeta\n\ngamma")
f = open("genpy_test_readline.txt")
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.close()
with open("genpy_test_readline.txt") as f:
    while True:
        line = f.readline()
        if not line:
            break
        print("line:", line.rstrip("\n"))
