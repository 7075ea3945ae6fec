# shlex differential: random shell-like strings lexed in every mode (posix or not,
# punctuation_chars, whitespace_split, comments), plus split, quote and join.
import random, shlex
rng = random.Random(7)
atoms = ["a", "b c", "'", '"', "\\", "#", "\n", " ", "x;y", "(", ")", "|", "&&", "<", ">", "~", "-", ".", "*", "é", "=", "\t", "ab", "'q q'", '"d \\" d"', "\\n", "$", "?"]
for i in range(60):
    s = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 8)))
    for posix in (True, False):
        for pc in (False, True, "|&"):
            for ws in (False, True):
                for com in (True, False):
                    try:
                        lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
                        lex.whitespace_split = ws
                        if not com: lex.commenters = ""
                        out = list(lex)
                        r = (out, lex.lineno)
                    except ValueError as e:
                        r = ("ValueError", str(e))
                    print(repr(s), posix, pc, ws, com, r)
    try:
        print(shlex.split(s), shlex.split(s, comments=True), shlex.quote(s), shlex.join(shlex.split(s)))
    except ValueError as e:
        print("split ValueError", e)
