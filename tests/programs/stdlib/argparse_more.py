# argparse: other prefix_chars, a non-identifier dest, parents, conflict_handler
# "resolve", fromfile_prefix_chars, argument_default=SUPPRESS, help expansions
# (%(choices)s, %(default)s, %(type)s, ...), parser.version, repr, and more errors.
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
p = argparse.ArgumentParser(prog="odd", prefix_chars="-+")
p.add_argument("+x", action="store_true")
p.add_argument("++long", type=int)
p.add_argument("foo-bar")
print(p.format_help(), end="")
run(p, ["+x", "++long", "3", "v"])
run(p, ["++lo=4", "w"])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
pg = parent.add_argument_group("shared group")
pg.add_argument("--inner")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own")
print(child.format_help(), end="")
run(child, ["--shared", "q", "--inner", "i"])
rs = argparse.ArgumentParser(prog="rs", conflict_handler="resolve")
rs.add_argument("-f", "--foo", help="old")
rs.add_argument("--foo", help="new")
print(rs.format_help(), end="")
with open("argparse_more_args.txt", "w") as f:
    f.write("--foo\nbar\n")
ff = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
ff.add_argument("--foo")
ff.add_argument("rest", nargs="*")
run(ff, ["@argparse_more_args.txt", "x"])
run(ff, ["@missing.txt"])
sup = argparse.ArgumentParser(prog="sup", argument_default=argparse.SUPPRESS)
sup.add_argument("--a")
sup.add_argument("--b", type=int)
run(sup, [])
run(sup, ["--b", "2"])
for bad in (lambda: argparse.ArgumentParser().add_argument("--m", nargs=2, metavar=("A", "B", "C")),
            lambda: argparse.ArgumentParser().add_argument("-", dest=None),
            lambda: argparse.ArgumentParser().add_argument("x", nargs="?", const=1) ,
            lambda: argparse.ArgumentParser(conflict_handler="bogus")):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
two = argparse.ArgumentParser(prog="two")
two.add_subparsers()
err = Cap(); old = sys.stderr; sys.stderr = err
try:
    two.add_subparsers()
except SystemExit as e:
    print("exit", e.code, "".join(err.parts))
sys.stderr = old
v = argparse.ArgumentParser(prog="v")
v.version = "9.9"
v.add_argument("-V", action="version")
run(v, ["-V"])
print(repr(v))
hp = argparse.ArgumentParser(prog="hp")
hp.add_argument("--n", type=int, default=4, choices=[1, 4, 9], help="n in %(choices)s default %(default)s type %(type)s prog %(prog)s dest %(dest)s")
hp.add_argument("pos", help="%(metavar)s %(nargs)s")
print(hp.format_help(), end="")
run(hp, ["--n", "5", "p"])
run(hp, ["--n", "9", "p"])
pcount = argparse.ArgumentParser(prog="pc")
pcount.add_argument("a", nargs=2)
pcount.add_argument("b", nargs="?")
pcount.add_argument("c", nargs="*")
run(pcount, ["1"])
run(pcount, ["1", "2", "3", "4", "5"])
run(pcount, ["1", "--", "-2", "3"])
