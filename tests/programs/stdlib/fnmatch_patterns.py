# fnmatch: shell-style wildcards (*, ?, [seq], [!seq], ranges, the odd bracket
# forms), filter, fnmatchcase, and translate's regular expressions.
import fnmatch

names = ["main.py", "test_main.py", "setup.cfg", ".hidden.py", "README", "readme.md",
         "a", "ab", "abc", "a.b.c", "x-1", "x]1", "x!1", "[x]", "a\nb", "é.py", "",
         "data_2023.csv", "data_20xx.csv", "a*b", "a?b"]
patterns = ["*.py", "*", "?", "??", "a*", "*a*", "[abc]*", "[!a]*", "[a-c]?", "*[0-9]*",
            "x[!-]1", "x[]]1", "x[!]]1", "[[]x]", "*.[ch]", "data_20[0-9][0-9].csv",
            "a?b", "a[*]b", "a[?]b", "[", "a[", "*[!.]", "[z-a]*", "[!z-a]", "**", "a*b*c",
            "test_*.py", "*.*", "r*", "[a-]*", "[]-a]*", "[\\]x]", "é*"]
for pat in patterns:
    print(repr(pat), [n for n in names if fnmatch.fnmatch(n, pat)])
    print("   ", repr(fnmatch.translate(pat)))
print(fnmatch.filter(names, "*.py"), fnmatch.filter([], "*"))
print(fnmatch.fnmatchcase("README", "readme"), fnmatch.fnmatch("README", "README"),
      fnmatch.fnmatchcase("a.PY", "*.py"))
print(fnmatch.fnmatch("long" * 50 + ".txt", "*o*o*o*o*o*.txt"), fnmatch.fnmatch("aaaa" * 30, "*a*a*b"))
import pathlib
print(fnmatch.fnmatch(pathlib.Path("x/a.py"), "*.py"))
for call in [lambda: fnmatch.filter([pathlib.Path("a.py")], "*.py"),
             lambda: fnmatch.fnmatchcase(3, "*"), lambda: fnmatch.fnmatchcase("a", 3),
             lambda: fnmatch.fnmatch("a", 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
