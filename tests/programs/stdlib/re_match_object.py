# The match object: group with several arguments and names, groups and groupdict
# with defaults, start/end/span, expand, lastindex/lastgroup, string/re/pos/endpos,
# indexing, truth and repr.
import re

p = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)(?::(?P<port>\d+))?")
m = p.search("contact: alice@example.com today")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("host"), m.group(1, "host", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="none"))
print(m.start(), m.end(), m.span(), m.start("user"), m.end(2), m.span("port"), m.start(3))
print(m[0], m["user"], m[2], m[3])
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos, m.regs)
print(m.expand(r"\g<user> at \g<host>\n\2/\1"), repr(m.expand(r"[\g<port>]")))
print(bool(m), bool(p.match("nothing here")))

m = p.search("bob@host:8080", 0, 11)
print(m, m.groupdict(), m.pos, m.endpos)
m = p.search("bob@host:8080")
print(m.lastindex, m.lastgroup, m.group("port"))

print(re.match(r"(a)(b)", "ab").lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"((a))", "a").lastindex, re.match(r"(a)(b*)", "a").lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"a", "a").lastindex)
print(re.match(r"(?:(b)|(a))+", "ab").lastindex, re.match(r"(?:(b)|(a))+", "ba").lastindex)
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").lastgroup, re.match(r"(x)(?P<n>y)", "xy").lastgroup)

m = re.match(r"(\d+)\.(\d+)", "3.14159 pi")
for i in range(3):
    print(i, m.group(i), m.span(i))
for bad in (3, -1, "x", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m["nope"]
except IndexError as e:
    print("getitem:", e)
try:
    m.start(7)
except IndexError as e:
    print("start:", e)

long = re.search(r"x+", "y" + "x" * 80)
print(long)
print(re.search("é+", "aééé"), re.search("\n", "a\nb"), re.search("'", "it's"))
print(type(m).__name__, type(p).__name__, re.Match, re.Pattern, isinstance(m, re.Match))
