# Each function of re and each method of a compiled pattern, with pos/endpos,
# keyword arguments and the pattern cache.
import re

text = "The year 1999 ended; 2000 began. Then 2001, 2002."

print("match:", re.match(r"The", text), re.match(r"year", text))
print("fullmatch:", re.fullmatch(r"\d+", "2024"), re.fullmatch(r"\d+", "2024!"))
print("fullmatch backtracks:", re.fullmatch("a|ab", "ab"), re.fullmatch(r"(\w+?)(\d*)", "abc123").groups())
print("search:", re.search(r"\d{4}", text), re.search(r"\d{5}", text))
print("findall:", re.findall(r"\d{4}", text))
print("findall one group:", re.findall(r"(\d\d)\d\d", text))
print("findall groups:", re.findall(r"(\d\d)(\d)(x)?", text))
print("finditer:", [(m.group(), m.start()) for m in re.finditer(r"\d{4}", text)])
print("sub:", re.sub(r"\d{4}", "YEAR", text))
print("subn:", re.subn(r"\d{4}", "Y", text, count=2))
print("split:", re.split(r"[;,.]\s*", text))
print("split maxsplit:", re.split(r"\s+", text, maxsplit=3))
print("escape:", re.escape("1+1=2? (yes) [a-z] {3} ^$ \\ | # ~ & é"))
print("escaped pattern works:", re.search(re.escape("a.b*c"), "xxa.b*cyy"))

p = re.compile(r"(?P<word>[A-Za-z]+)")
print(p, p.pattern, p.groups, p.groupindex)
print("pos/endpos:", p.match(text, 4), p.match(text, 3), p.search(text, 5, 8), p.fullmatch(text, 4, 8))
print("findall pos:", p.findall(text, 30), p.findall(text, 0, 12))
print("finditer pos:", [m.span() for m in p.finditer(text, 38, 46)])
print("negative and large pos:", p.search(text, -10), p.search(text, 1000), p.match(text, 4, 2))
print("keywords:", p.search(string=text, pos=14), re.search(pattern="e", string="hello"))
print("^ sees the real start:", re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1))
print("lookbehind sees before pos:", re.compile(r"(?<=b)a").search("ba", 1))
print("$ at endpos:", re.compile(r"a$").search("ab", 0, 1))

# The cache: compiling the same pattern twice gives the same object, and a
# compiled pattern passed to a function is used as it is.
print(re.compile("x+") is re.compile("x+"), re.compile("x+") is re.compile("x+", re.I))
print(re.match(p, "hello world").group("word"), re.findall(p, "a b"))
re.purge()
print(re.compile("x+") == re.compile("x+"), re.compile("x+") != re.compile("y+"))
print(hash(re.compile("ab")) == hash(re.compile("ab")))

counts = {}
for line in ["GET /a", "POST /b", "GET /c", "bad line", "DELETE /d"]:
    m = re.match(r"([A-Z]+) (/\w+)", line)
    if m:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
print(counts)
