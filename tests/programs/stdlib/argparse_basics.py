# argparse: positionals and options of every common kind (count, store_true/false,
# append, store_const, version, nargs 2/*/+/?, choices, type, metavar), the help and
# usage text CPython prints, parsing results and the error messages on stderr.
import argparse
import sys


class Capture:
    # Collects what argparse writes to sys.stderr (usage and error lines).
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def run(parser, args):
    # parse_args(args), showing the namespace or the exit status and stderr.
    err = Capture()
    old = sys.stderr
    sys.stderr = err
    try:
        print("OK", parser.parse_args(args))
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
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many times to repeat the thing, a long help text that wraps around")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false", help="disable colour")
p.add_argument("--tag", action="append", help="tags")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=float)
print(p.format_usage(), end="")
print(p.format_help(), end="")
run(p, ["a"])
run(p, ["a", "b", "-vvv", "-n", "5", "--mode=slow", "-q", "--no-color", "--tag", "x", "--tag=y", "--const"])
run(p, ["a", "--pair", "k", "v", "--many", "--some", "1", "2.5"])
run(p, [])
run(p, ["a", "-n", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "b", "c"])
run(p, ["a", "--bogus"])
run(p, ["a", "--pair", "k"])
run(p, ["a", "--some"])
run(p, ["a", "-n"])
run(p, ["--ver"])
run(p, ["a", "--nu", "7", "--m", "slow"])
run(p, ["--", "-a"])
run(p, ["a", "-vn4"])
run(p, ["a", "-n4", "-qv"])
run(p, ["-h"])
print(p.parse_known_args(["a", "--zz", "b", "c"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), vars(ns), "a" in ns, ns != argparse.Namespace())
