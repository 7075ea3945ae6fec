# sub and subn: templates (\1, \g<1>, \g<name>, \g<0>, escapes), function
# replacements, count, and CPython 3.7+'s empty-match rules; split with groups,
# maxsplit and empty matches; findall/finditer around empty matches.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Jane Doe"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1 b22"), re.sub(r"\d", r"[\g<0>]", "a1b2"))
print(re.sub(r"x", r"\n\t\\-\a", "axb"), re.sub("x", r"\0\101\012", "x") == "\0A\n")
print(re.sub(r"(a)(b)?", r"[\2]", "a ab"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"(?P<n>\d+)", lambda m: m["n"].zfill(3), "7-42-123"))
print(re.sub("a", lambda m: None, "banana"))
print(re.sub("a", "o", "banana", count=2), re.sub("a", "o", "banana", 0), re.subn("a", "o", "banana"))
print(re.subn("z", "o", "banana"), re.subn("", "-", "abc"), re.subn("a", "o", "banana", count=-1))
print(re.sub("x*", "-", "abxd"), re.sub("x*|a", "-", "a"), re.sub(r"\b", "|", "hi there"))
print(re.sub("(?=b)", "^", "abab"), re.sub("$", "!", "end\n"), re.sub("(?m)$", "!", "a\nb"))
print(re.sub("a|", "-", "bab"), re.sub("", "-", ""))
print(re.compile(r"o").sub("0", "foo boo", 3), re.compile(r"o").subn(repl="0", string="foo"))

calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r"\w+", record, "one two three", count=2), calls)

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(x)|(y)", "axbyc"))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"))
print(re.split(r"\s+", "  a b  "), re.split(r"\s+", "a b c", maxsplit=-1), re.split(",", ""))
print(re.compile(",").split("a,b,,c", 2))

print(re.findall("", "ab"), re.findall("a*", "baaa"), re.findall(r"\b", "ab cd"))
print([m.span() for m in re.finditer(r"a*", "baac")], [m.span() for m in re.finditer("", "")])
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"(?:a)(b)?", "ab a"))
