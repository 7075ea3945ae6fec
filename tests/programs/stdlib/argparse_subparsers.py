# argparse sub-commands (add_subparsers with dest, help, aliases, set_defaults,
# title/description/metavar, required), RawDescriptionHelpFormatter, and their help
# and errors.
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


p = argparse.ArgumentParser(prog="git", formatter_class=argparse.RawDescriptionHelpFormatter,
    description="first line\n  indented second\n\nthird")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("refs", nargs="*")
sub.add_parser("status")
print(p.format_help(), end="")
print(c.format_help(), end="")
print(pu.format_help(), end="")
run(p, ["commit", "-m", "msg"])
run(p, ["--debug", "push", "up", "main", "dev"])
run(p, ["p"])
run(p, ["commit"])
run(p, ["frob"])
run(p, [])
run(p, ["status", "extra"])
run(p, ["commit", "-m", "x", "--zzz"])
print(p.parse_known_args(["commit", "-m", "x", "--zzz"]))
sub2 = argparse.ArgumentParser(prog="t2")
sp = sub2.add_subparsers(title="commands", description="the commands", dest="c", required=True, metavar="CMD")
sp.add_parser("a", help="do a")
sp.add_parser("b", help="do b")
print(sub2.format_help(), end="")
run(sub2, [])
