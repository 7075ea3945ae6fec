# checks that file.read(n) reads n characters
with open("f.txt", "w") as f: f.write("abcdef")
with open("f.txt") as f: print(f.read(3))
