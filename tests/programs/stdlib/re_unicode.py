# Positions are in characters, not bytes: matches in text with accents, CJK and
# emoji, with pos/endpos, spans, sub and split.
import re

s = "naïve café — 東京 2024 🎉 ünïcödé"
for m in re.finditer(r"\w+", s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.search("東京", s).span(), re.search("🎉", s).span(), len(s))
print(re.compile(r"\w+").search(s, 7), re.compile(r"\w+").match(s, 6, 9))
print(re.sub(r"[^\x00-\x7f]", "?", s))
print(re.split(r"\s+", s), re.split("(é)", "aébéc"))
print(re.findall(".", "a🎉b"), re.findall(r"(?i)ÜNÏ", s), re.findall(r"[à-ÿ]", s))
print([m.span() for m in re.finditer("", "é🎉")])
print(re.sub("", "|", "日本"), re.subn("é", "e", "éléphant"))
m = re.search(r"(?P<word>\w+) (?P<num>\d+)", s)
print(m, m.span("word"), m.span("num"), m.regs)
