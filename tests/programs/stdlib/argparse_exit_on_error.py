# argparse with exit_on_error=False: a bad value raises ArgumentError instead of
# exiting (uncaught at the end); parse_args() with no list reads sys.argv[1:], and
# prog defaults to the script's base name.
import argparse
import sys

sys.argv = ["/some/dir/report.py", "--limit", "5", "input.log", "-vv"]
parser = argparse.ArgumentParser(description="Summarise a log.")
parser.add_argument("file")
parser.add_argument("--limit", type=int, default=10)
parser.add_argument("-v", "--verbose", action="count", default=0)
args = parser.parse_args()
print(parser.prog, args)
print(args.file, args.limit, args.verbose)
print(parser.format_usage(), end="")
strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--n", type=int)
strict.add_argument("--mode", choices=["a", "b"])
for bad in (["--n", "x"], ["--mode", "z"], ["--n"]):
    try:
        strict.parse_args(bad)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
strict.parse_args(["--n", "1.5"])
