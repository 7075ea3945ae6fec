# difflib in a review tool: a unified and a context diff of two versions of a config
# file (streamed line by line: they are generators), ndiff with intraline hints, a
# "did you mean" for mistyped commands, similarity scores, and the argument errors.
import difflib

old = """\
[server]
host = localhost
port = 8080
debug = true
workers = 4

[database]
name = app
user = admin
""".splitlines(keepends=True)
new = """\
[server]
host = 0.0.0.0
port = 8080
workers = 8

[database]
name = app_prod
user = admin
password = secret
""".splitlines(keepends=True)

gen = difflib.unified_diff(old, new, fromfile="app.ini", tofile="app.ini.new",
                           fromfiledate="2024-05-01 10:00", tofiledate="2024-05-02 09:30")
print(type(gen).__name__, next(gen), end="")
for line in gen:
    print(line, end="")
print("".join(difflib.context_diff(old, new, "a/app.ini", "b/app.ini", n=1)), end="")
print("".join(difflib.unified_diff(old, new, n=0)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(old, old)))

print("".join(difflib.ndiff(["    print('hello')\n", "x = 1\n", "done\n"],
                            ["    print('hello world')\n", "x = 2\n", "done\n"])), end="")
delta = list(difflib.Differ().compare(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 2)), end="")

commands = ["install", "uninstall", "list", "search", "show", "freeze", "download"]
for typo in ["instal", "serach", "lst", "xyz", "dowload"]:
    print(typo, "->", difflib.get_close_matches(typo, commands))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"], n=1, cutoff=0.5))

s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.quick_ratio(), s.real_quick_ratio())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%r) b[%d:%d] (%r)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
m = s.find_longest_match(0, 5, 0, 9)
print(m, m.a, m.size, s.get_matching_blocks())
s.set_seq2("abcd")
print(s.get_matching_blocks(), s.ratio())
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))

for bad in [lambda: difflib.get_close_matches("a", ["a"], n=0),
            lambda: difflib.get_close_matches("a", ["a"], cutoff=1.5),
            lambda: list(difflib.unified_diff([1], [2])),
            lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=None)),
            lambda: list(difflib.restore([], 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
