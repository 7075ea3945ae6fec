# checks that an uncaught FileNotFoundError ends the program with CPython's final line
def read_all(paths):
    for path in paths:
        print("opening", path)
        with open(path) as f:
            yield f.read()


with open("genpy_present.txt", "w") as f:
    f.write("present\n")
for text in read_all(["genpy_present.txt", "genpy_no_such_file.txt"]):
    print(repr(text))
