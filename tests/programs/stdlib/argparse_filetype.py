# argparse.FileType: opening arguments as files for reading and writing, "-" as
# stdin, its repr, the error for a missing file, and the class passed by mistake.
import argparse
import sys
with open("argparse_filetype_in.txt", "w") as f:
    f.write("hello\n")
p = argparse.ArgumentParser(prog="ft")
p.add_argument("infile", type=argparse.FileType("r"))
p.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
print(repr(argparse.FileType("r")), repr(argparse.FileType("wb", 0, errors="strict")))
args = p.parse_args(["argparse_filetype_in.txt", "--out", "argparse_filetype_out.txt"])
print(args.infile.read(), end="")
args.out.write("written\n")
args.out.close()
print(open("argparse_filetype_out.txt").read(), end="")
print(p.parse_args(["-"]).infile is sys.stdin)


class Cap:
    def write(self, s):
        print("ERR", repr(s))

    def flush(self):
        pass

sys.stderr = Cap()
try:
    p.parse_args(["missing.txt"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.add_argument("--bad", type=argparse.FileType)
except ValueError as e:
    print(e)
