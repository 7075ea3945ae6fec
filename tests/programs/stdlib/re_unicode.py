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
# pos and endpos in any order on one text (converted from the last position used).
t = "ébc déf ghï ük"
w = re.compile(r"\w+")
for pos in [10, 3, 12, 0, 7, 14, 1, 13, 5]:
    m = w.search(t, pos)
    print(pos, m and (m.span(), m.group()), w.match(t, pos, pos + 2))
for end in [14, 2, 9, 0, 5]:
    print(end, w.findall(t, 1, end), [m.span() for m in w.finditer(t, 2, end)])
pos, words = 0, []
while m := w.search(t, pos):
    words.append(m.group())
    pos = m.end()
print(words)
