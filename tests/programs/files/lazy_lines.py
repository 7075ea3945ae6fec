# checks that 'for line in f' streams lines lazily through a generator pipeline
with open("genpy_test_lazy.txt", "w") as f:
    for i in range(1, 6):
        f.write(f"record {i}\n")


def read_lines(path):
    print("opening", path)
    with open(path) as f:
        for line in f:
            print("read", line.strip())
            yield line.strip()
    print("file closed")


def numbers(lines):
    for line in lines:
        yield int(line.split()[1])


total = 0
for n in numbers(read_lines("genpy_test_lazy.txt")):
    print("processing", n)
    total += n
print("total", total)
