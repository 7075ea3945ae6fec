# argparse help differential: random parsers (groups, mutually exclusive groups,
# the three formatter classes, metavars, choices, long progs and help texts) and the
# help CPython lays out for them.
import argparse
import random
import sys
rng = random.Random(7)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
def helptext():
    return " ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) or None
for trial in range(30):
    prog = rng.choice(["p", "prog", "a-rather-long-program-name", "x" * rng.randint(1, 60)])
    fc = rng.choice([argparse.HelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter])
    p = argparse.ArgumentParser(prog=prog, description=helptext(), epilog=helptext(), formatter_class=fc, add_help=rng.random() < 0.8)
    groups = [p]
    if rng.random() < 0.5:
        groups.append(p.add_argument_group(rng.choice(words), helptext()))
    if rng.random() < 0.5:
        groups.append(p.add_mutually_exclusive_group(required=rng.random() < 0.3))
    used = set()
    for i in range(rng.randint(0, 14)):
        g = rng.choice(groups)
        w = rng.choice(words)
        if w in used: continue
        used.add(w)
        kind = rng.random()
        kw = {}
        if rng.random() < 0.6: kw["help"] = helptext() or "h"
        if rng.random() < 0.1: kw["help"] = argparse.SUPPRESS
        if kind < 0.3 and not isinstance(g, argparse._MutuallyExclusiveGroup):
            kw["nargs"] = rng.choice([None, "?", "*", "+", 2])
            if rng.random() < 0.3: kw["choices"] = rng.sample(words, 3)
            if rng.random() < 0.2: kw["metavar"] = w.upper() + "_M"
            try: g.add_argument(w, **kw)
            except ValueError as e: print("VE", e)
        else:
            flags = []
            if rng.random() < 0.6: flags.append("-" + w[0] + str(i))
            if rng.random() < 0.8 or not flags: flags.append("--" + w + ("-" + rng.choice(words) if rng.random() < 0.3 else ""))
            act = rng.choice(["store", "store_true", "count", "append", "store"])
            kw["action"] = act
            if act in ("store", "append"):
                kw["nargs"] = rng.choice([None, None, "?", "*", "+", 2, 3])
                if rng.random() < 0.3: kw["choices"] = rng.sample(words, 2)
                if rng.random() < 0.3: kw["metavar"] = w[:3].upper()
                if rng.random() < 0.3: kw["default"] = rng.choice([1, "d", None])
                if rng.random() < 0.2: kw["required"] = True
            if isinstance(g, argparse._MutuallyExclusiveGroup): kw.pop("required", None)
            try: g.add_argument(*flags, **kw)
            except (ValueError, argparse.ArgumentError) as e: print("VE", e)
    try:
        print(p.format_help())
    except Exception as e:
        print("ERR", type(e).__name__, str(e).split(" <")[0])
