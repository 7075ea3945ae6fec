# Text files in UTF-16 and UTF-32: byte-order marks written and read, line
# iteration in every newline mode, readline limits, tell/seek back to the start.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.txt")
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        with open(path, "w", encoding=enc) as f:
            f.write("héllo\nwörld\r\nlast \U0001f600 line\rend")
            f.write("\nmore\n")
        with open(path, "rb") as f:
            data = f.read()
        print(enc, len(data), data[:8])
        with open(path, encoding=enc) as f:
            print(list(f))
        with open(path, encoding=enc, newline="") as f:
            print(list(f))
        with open(path, encoding=enc, newline="\r\n") as f:
            print(f.readlines())
        with open(path, encoding=enc, newline="\r") as f:
            print(f.read())
        with open(path, encoding=enc) as f:
            print(repr(f.readline(3)), repr(f.readline(20)), repr(f.read(4)))
            f.seek(0)
            print(repr(f.readline()))
    # a big-endian mark read by the 'utf-16' decoder
    with open(path, "wb") as f:
        f.write("\ufeffbig\nendian\n".encode("utf-16-be"))
    with open(path, encoding="utf-16") as f:
        print(list(f))
    # a mark under an explicit byte order stays a character
    with open(path, encoding="utf-16-be") as f:
        print(list(f))
    # no mark: little-endian
    with open(path, "wb") as f:
        f.write("no\nmark\n".encode("utf-16-le"))
    # a file read as 'utf-16' must start with a mark (bytes.decode need not)
    print(repr(open(path, "rb").read().decode("utf-16")))
    with open(path, encoding="utf-16") as f:
        try:
            f.read()
        except UnicodeError as e:
            print(type(e).__name__, e)
    with open(path, encoding="utf-32") as f:
        try:
            f.read()
        except UnicodeError as e:
            print(type(e).__name__, e)
    # appending writes no second mark
    with open(path, "w", encoding="utf-16") as f:
        f.write("one\n")
    with open(path, "a", encoding="utf-16") as f:
        f.write("two\n")
    with open(path, "rb") as f:
        print(f.read())
    # many lines across read-ahead chunks
    with open(path, "w", encoding="utf-32") as f:
        for i in range(3000):
            f.write(f"line {i} ünïcode\n")
    with open(path, encoding="utf-32") as f:
        lines = list(f)
    print(len(lines), lines[0], lines[-1], sum(len(x) for x in lines))
    # an odd number of bytes: truncated data
    with open(path, "wb") as f:
        f.write("ab\n".encode("utf-16-le") + b"c")
    with open(path, encoding="utf-16-le") as f:
        print(repr(f.readline()))
        try:
            f.readline()
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
    with open(path, encoding="utf-16-le", errors="replace") as f:
        print(f.readlines())
