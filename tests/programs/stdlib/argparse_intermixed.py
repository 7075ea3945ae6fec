# argparse.parse_intermixed_args and parse_known_intermixed_args: positionals between
# options, the usage kept, required options, and the TypeError for REMAINDER.
import argparse
import sys

class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

def run(parser, args):
    err = Cap()
    old = sys.stderr
    sys.stderr = err
    try:
        ns = parser.parse_args(args)
        print("OK", ns)
    except SystemExit as e:
        print("EXIT", e.code)
    finally:
        sys.stderr = old
    if err.parts:
        print("STDERR:", "".join(err.parts), end="")

p = argparse.ArgumentParser(prog="tool", description="A tool that does things. " * 4, epilog="See the docs for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
def run_mixed(parser, args):
    err = Cap(); old = sys.stderr; sys.stderr = err
    try:
        print("OK", parser.parse_intermixed_args(args))
    except SystemExit as e:
        print("EXIT", e.code)
    finally:
        sys.stderr = old
    if err.parts:
        print("STDERR:", "".join(err.parts), end="")
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("-v", action="store_true")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
args = "doit 1 --foo bar 2 -v 3".split()
run(p, args)
run_mixed(p, args)
run_mixed(p, ["--foo", "x"])
run_mixed(p, ["a", "b"])
run_mixed(p, ["a", "--zzz", "1"])
print(p.parse_known_intermixed_args(["a", "1", "--zz", "2"]))
print(p.usage)
q = argparse.ArgumentParser(prog="q")
q.add_argument("--r", required=True)
q.add_argument("x", nargs="?")
run_mixed(q, ["val"])
run_mixed(q, ["val", "--r", "1"])
bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("rest", nargs=argparse.REMAINDER)
try:
    bad.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
