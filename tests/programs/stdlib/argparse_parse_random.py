# argparse parsing differential: random command lines against parsers whose nargs
# vary (flags, counts, prefixes, -abc, --x=1, --, negative numbers, REMAINDER),
# showing parse_known_args results or the exit status and the error line.
import argparse
import random
import sys
rng = random.Random(2024)
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
def run(parser, args):
    err = Cap(); old = sys.stderr; sys.stderr = err
    try:
        print("OK", parser.parse_known_args(args))
    except SystemExit as e:
        print("EXIT", e.code)
    finally:
        sys.stderr = old
    if err.parts: print("STDERR:", "".join(err.parts)[-200:], end="")
toks = ["-a", "-b", "-ab", "-ba", "-c", "-c3", "-cx", "--cat", "--cat=4", "--ca", "--dog", "--do", "--d=1", "--", "x", "y", "1", "-1", "-2.5", "--dog-food", "-", "--e", "--elk", "z", "-abc", "-bx", "--cat=", "a b", "-e"]
for trial in range(6):
    p = argparse.ArgumentParser(prog="f")
    p.add_argument("-a", action="store_true")
    p.add_argument("-b", action="count")
    p.add_argument("-c", "--cat", type=int, nargs=rng.choice([None, "?", "*"]))
    p.add_argument("--dog", nargs=rng.choice([None, "+", 2]))
    p.add_argument("--dog-food", action="append")
    en = rng.choice([None, "?"])
    p.add_argument("-e", "--elk", choices=["x", "y", "z"], nargs=en, const="y" if en == "?" and rng.random()<0.5 else None)
    if rng.random() < 0.5: p.add_argument("pos", nargs=rng.choice([None, "?", "*", "+"]))
    if rng.random() < 0.5: p.add_argument("pos2", nargs=rng.choice([None, "?", "*", 2, argparse.REMAINDER]))
    for _ in range(60):
        run(p, [rng.choice(toks) for _ in range(rng.randint(0, 6))])
