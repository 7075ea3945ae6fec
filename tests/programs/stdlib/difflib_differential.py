# difflib differential: random edits of line lists through SequenceMatcher, the
# grouped opcodes, unified/context diffs, ndiff and restore, junk and autojunk.
import difflib, random
rng = random.Random(5)
words = ["apple", "apples", "banana", "band", "cherry", "chary", "x", "", "   ", "# c", "date", "dates", "the quick brown fox", "the quick brown dog", "a\tb", "abc def"]
def lines(k):
    return [rng.choice(words) + "\n" for _ in range(k)]
for t in range(40):
    a = lines(rng.randint(0, 12))
    b = list(a)
    for _ in range(rng.randint(0, 4)):
        op = rng.randint(0, 2)
        if op == 0 and b: del b[rng.randrange(len(b))]
        elif op == 1: b.insert(rng.randint(0, len(b)), rng.choice(words) + "\n")
        elif b: b[rng.randrange(len(b))] = rng.choice(words) + "\n"
    s = difflib.SequenceMatcher(None, a, b)
    print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
    n = rng.randint(0, 3)
    print(list(s.get_grouped_opcodes(n)))
    print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "", n=n)), end="")
    print("".join(difflib.context_diff(a, b, "a.txt", "b.txt", n=n)), end="")
    d = list(difflib.ndiff(a, b))
    print("".join(d), end="")
    assert list(difflib.restore(d, 1)) == a and list(difflib.restore(d, 2)) == b
    x = "".join(rng.choice("abcde ") for _ in range(rng.randint(0, 30)))
    y = "".join(rng.choice("abcde ") for _ in range(rng.randint(0, 30)))
    s = difflib.SequenceMatcher(lambda c: c == " ", x, y)
    print(repr(x), repr(y), s.find_longest_match(0, len(x), 0, len(y)), s.get_opcodes(), s.ratio())
    print(difflib.get_close_matches(rng.choice(words), words, n=rng.randint(1, 4), cutoff=rng.random()))
long_a = ["line %d\n" % (i % 7) for i in range(300)]
long_b = long_a[:100] + ["new\n"] + long_a[150:]
s = difflib.SequenceMatcher(None, long_a, long_b)
print(s.get_opcodes(), sorted(s.bpopular))
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_opcodes())
print(list(difflib.Differ().compare(["one\n", "two\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
