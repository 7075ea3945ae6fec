# textwrap differential: random texts of words, hyphens, em-dashes, punctuation,
# tabs and newlines, wrapped with random options, shortened, dedented and indented.
import random
import textwrap
rng = random.Random(1)
atoms = ["a", "ab", "word", "long-hyphenated-word", "x-y", "--", "---", "-", "e.g.", "Mr.", "end.", "wow!", "'quote'", '"q"', "1-2", "a1-b2", "\t", " ", "  ", "\n", "_-_", "co--op", "über-straße", "x--", "--y", "a-", "-b", "!--", "3.14", "ok?", "A-B-C-D", "aa-b", "a-bb", "ab--cd", "α-β"]
for t in range(200):
    text = "".join(rng.choice(atoms) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 30)))
    w = rng.randint(2, 30)
    kw = {}
    if rng.random() < 0.3: kw["break_on_hyphens"] = False
    if rng.random() < 0.3: kw["break_long_words"] = False
    if rng.random() < 0.2: kw["drop_whitespace"] = False
    if rng.random() < 0.2: kw["fix_sentence_endings"] = True
    if rng.random() < 0.2: kw["replace_whitespace"] = False
    if rng.random() < 0.2: kw["max_lines"] = rng.randint(1, 4)
    if rng.random() < 0.2 and w > 4: kw["initial_indent"] = "> "; kw["subsequent_indent"] = "."
    try:
        print(repr(text), w, kw, textwrap.wrap(text, w, **kw))
    except ValueError as e:
        print("VE", e)
    try:
        print(repr(textwrap.shorten(text, w + 6)))
    except ValueError as e:
        print("VE", e)
    print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, "+ ")))
