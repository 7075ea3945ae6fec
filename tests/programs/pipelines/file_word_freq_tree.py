import os, tempfile, re, string
from pathlib import Path
from collections import Counter
import heapq, textwrap

TEXTS = {
    'a.txt': "The quick brown fox jumps over the lazy dog. The dog sleeps!\nIt's a dog's life.",
    'b.txt': "Über café naïve résumé — “quotes” and ‘single’ …\nTHE END. the end?",
    'sub/c.txt': "one two three\n\n\ttabs\there   and   spaces\r\nwindows line\r\n",
    'sub/d.md': "# not counted\n",
}

def words(paths):
    for p in paths:
        with p.open(encoding='utf-8') as f:
            for line in f:
                for w in re.findall(r"[\w']+", line.lower()):
                    yield w.strip("'")

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    for name, text in TEXTS.items():
        q = root / name
        q.parent.mkdir(parents=True, exist_ok=True)
        q.write_text(text, encoding='utf-8')
    files = sorted(root.rglob('*.txt'))
    print([f.relative_to(root).as_posix() for f in files])
    c = Counter(words(files))
    print(c.most_common(5))
    print(heapq.nsmallest(4, c.items(), key=lambda kv: (-kv[1], kv[0])))
    longest = max(c, key=len)
    print(longest, len(longest), longest.upper(), longest.title(), longest.casefold())
    raw = (root / 'sub/c.txt').read_bytes()
    print(raw)
    print((root / 'sub/c.txt').read_text().splitlines())
    with open(root / 'sub/c.txt', newline='') as f:
        print([l for l in f])
    with open(root / 'sub/c.txt', newline='\r\n') as f:
        print(f.readlines())
    for line in (root / 'b.txt').read_text().splitlines():
        print(len(line), line.encode('utf-8')[:12], ascii(line)[:30])
    print(textwrap.fill(' '.join(sorted(c)), width=40))
    print(textwrap.shorten((root / 'a.txt').read_text(), 30))
    print(string.capwords("hello   world  again"), "a,b,,c".split(','), "a b  c".split(None, 1), " x ".strip(), "xxhixx".strip('x'))
    print("tab\tsep".expandtabs(4), "A-B-C".rsplit('-', 1), "a\nb\r\nc\rd".splitlines(True), "abc".center(9, '*'), "5".zfill(3), "-5".zfill(4))
    print("Hello World".swapcase(), "hello".partition('l'), "hello".rpartition('l'), "ab".join("xyz"), "%s" % ((1, 2),))
    print("ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "straße".casefold())
    print(str.maketrans('abc', 'xyz'), 'aabbcc'.translate(str.maketrans('abc', 'xyz', 'c')))
    print('{:>6}|{:<6}|{:^6}'.format('é', 'ü', '日本'))
    print(sorted(['b', 'A', 'a', 'B', 'é', 'e']), sorted(['b', 'A', 'a'], key=str.lower))
