# argparse: mutually exclusive groups (optional and required), argument groups,
# ArgumentDefaultsHelpFormatter, RawTextHelpFormatter, REMAINDER, negative numbers,
# allow_abbrev, ambiguous prefixes, type functions and ArgumentTypeError, usage
# wrapping with a long prog and many positionals, SUPPRESS, set_defaults,
# append_const/extend/BooleanOptionalAction, and the ValueErrors of add_argument.
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


m = argparse.ArgumentParser(prog="mx", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = m.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true", help="A")
g.add_argument("-b", type=int, default=5, help="B")
g2 = m.add_mutually_exclusive_group(required=True)
g2.add_argument("--x", action="store_true")
g2.add_argument("--y", action="store_true")
grp = m.add_argument_group("extra", "Extra options here.")
grp.add_argument("--lvl", default="low", help="level")
grp.add_argument("pos", nargs="*", default=[1], help="positions")
print(m.format_help(), end="")
run(m, ["--x"])
run(m, ["-a", "-b", "3", "--x"])
run(m, ["--x", "--y"])
run(m, ["-a"])
run(m, ["--x", "1", "2"])

r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawTextHelpFormatter, add_help=False)
r.add_argument("cmd")
r.add_argument("rest", nargs=argparse.REMAINDER, help="line one\n  line two")
r.add_argument("-x", type=int, help="x\nsecond")
print(r.format_help(), end="")
run(r, ["-x", "1", "run", "--flag", "-x", "2"])
run(r, ["-h"])
n = argparse.ArgumentParser(prog="neg")
n.add_argument("v", type=float)
n.add_argument("-k")
run(n, ["-5"])
run(n, ["-k", "-1", "-2.5"])
n2 = argparse.ArgumentParser(prog="neg2")
n2.add_argument("-1", dest="one", action="store_true")
n2.add_argument("v", nargs="?")
run(n2, ["-1"])
run(n2, ["-2"])
ab = argparse.ArgumentParser(prog="ab", allow_abbrev=False)
ab.add_argument("--verbose", action="store_true")
ab.add_argument("--version-info", action="store_true")
run(ab, ["--verb"])
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--verbose", action="store_true")
amb.add_argument("--version-info", action="store_true")
run(amb, ["--ver"])
run(amb, ["--verb"])
ee = argparse.ArgumentParser(prog="ee", exit_on_error=False)
ee.add_argument("--n", type=int)
try:
    ee.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("n", type=even)
t.add_argument("--f", type=float)
run(t, ["3"])
run(t, ["4", "--f", "abc"])
run(t, ["4", "--f=1e3"])
lp = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-most-of-the-line-for-itself-x")
for i in range(6):
    lp.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
lp.add_argument("positional_one")
lp.add_argument("positional_two", nargs="+")
print(lp.format_usage(), end="")
lp2 = argparse.ArgumentParser(prog="mid")
for i in range(12):
    lp2.add_argument("p%d" % i)
print(lp2.format_usage(), end="")
print(lp2.format_help(), end="")
d = argparse.ArgumentParser(prog="d", usage="%(prog)s [opts] FILE", description="Prog %(prog)s here")
d.add_argument("--x", help=argparse.SUPPRESS)
d.add_argument("--y", default=argparse.SUPPRESS)
d.set_defaults(extra=1, y=2)
print(d.format_help(), end="")
run(d, [])
print(d.get_default("extra"), d.get_default("y"))
d.print_usage()
d.print_help()
try:
    d.error("custom problem")  # usage and message go to stderr
except SystemExit as e:
    print("exit", e.code)
try:
    d.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code)
for bad in (lambda: d.add_argument("--x"), lambda: d.add_argument("z", required=True), lambda: d.add_argument("--q", nargs=0), lambda: d.add_argument("bad", action="nope"), lambda: d.add_argument("x", dest="y")):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
print(repr(d.add_argument("--opt", type=int, help="h")))
ap = argparse.ArgumentParser(prog="ap")
ap.add_argument("--c", action="append_const", const="C", dest="cs")
ap.add_argument("--d", action="append_const", const="D", dest="cs")
ap.add_argument("--e", action="extend", nargs="+")
ap.add_argument("--bool", action=argparse.BooleanOptionalAction, default=True, help="a flag")
run(ap, ["--c", "--d", "--c", "--e", "a", "b", "--e", "c", "--no-bool"])
print(ap.format_help(), end="")
