# Patterns the engine needed help with: repeated assertions and groups matching
# only the empty string, lastindex when a group inside a lookahead ends past the
# group around it, long repeats of Unicode classes, and \B in an empty string.
import re

print(re.search(r"(?=a)*b", "b"), re.search(r"(?:$)+", "ab"), re.search(r"(?:\b)*a", "a"))
print(re.findall(r"(?:(?=(\w)))+?x", "ax"), re.search(r"(?=a)+?a", "a"))
m = re.match(r"((?=(..))a)", "ab")
print(m.groups(), m.lastindex, re.match(r"(a(?=(bc)))(b)", "abc").lastindex)
print(re.match(r"((a)|b)+", "ab").lastindex, re.match(r"(a)(?<=(a))", "a").lastindex)
print(bool(re.search(r"\w{1000}", "é" * 1000)), bool(re.search(r"(?i)\w{600}", "x" * 599)))
print(re.search(r"\B", ""), re.search(r"\B", "ab"), re.search(r"\b", ""))
print(re.search(r"(?a)\B", ""), re.search(r"(?a)\B", "ab"), re.search(r"(?a)\B", " "), re.findall(r"(?a)\b", "é a"))
# Nesting: the engine takes groups 60 deep (written back without extra groups).
deep = "(" * 60 + "a" + ")" * 60
print(re.match(deep, "a").span(60), re.match("(?:" * 30 + "(?i:b)+" + ")" * 30, "bB"))
