import re
import string
import textwrap
from collections import Counter
from itertools import groupby
from operator import itemgetter

LOG = """\
2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:05 WARN  slow request path=/api/users ms=1532
2024-01-05 10:01:00 ERROR db timeout after 30s
2024-01-05 10:02:10 INFO  request path=/api/items ms=12
2024-01-06 09:00:00 ERROR disk full on /var
2024-01-06 09:30:00 INFO  request path=/api/users ms=40
"""
LINE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<msg>.*)")

def parse(text):
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            rec = m.groupdict()
            rec["fields"] = dict(re.findall(r"(\w+)=(\S+)", rec["msg"]))
            yield rec

recs = list(parse(LOG))
print(Counter(r["level"] for r in recs).most_common())
for date, group in groupby(recs, key=itemgetter("date")):
    levels = [r["level"] for r in group]
    print(date, levels)
slow = [int(r["fields"]["ms"]) for r in recs if "ms" in r["fields"]]
print(slow, max(slow), sum(slow) / len(slow))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.findall(r"\b\w{5}\b", "these words have five chars"))
print(re.search(r"(\d+)-(\d+)", "range 10-20 here").groups(), re.fullmatch(r"[a-z]+", "abc") is not None)
tmpl = string.Template("$who likes $what, ${who}!")
print(tmpl.substitute(who="Tim", what="pie"), tmpl.safe_substitute(who="Al"))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:6], string.capwords("hello big world"))
para = "Generators are functions that can pause and resume their execution, keeping local state between calls, which makes them ideal for streams."
print(textwrap.fill(para, width=40))
print(textwrap.shorten(para, width=50), "|", textwrap.indent("a\nb", "> "), "|", textwrap.dedent("    x\n      y"))
print(textwrap.wrap("short", 10), textwrap.wrap(para, 60)[1])
words = re.findall(r"[a-z']+", para.lower())
print(sorted(set(words), key=lambda w: (-len(w), w))[:5])
print("%-10s|%5d|%8.3f" % ("name", 42, 3.14159), "Title Case".swapcase(), "  strip me ".strip(), "a-b-c".rsplit("-", 1))
print("x".join("abc"), "tab\tsep".expandtabs(4), "abc".center(9, "*"), "42".zfill(6), "ß".upper(), "ǅ".lower(), "Straße".casefold())
print("hello world".title(), "a,b,,c".split(","), "line1\nline2\r\nline3".splitlines(), "abc".partition("b"), "%.2e" % 12345.678)
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "Hello".encode("utf-8"), b"caf\xc3\xa9".decode(), "é".encode("latin-1"))
print(f"{'ab':{'^'}{8}}", "{:>8}".format("r"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}), "{!r:>6}".format("q"))
