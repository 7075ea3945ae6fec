import json, os, tempfile
from collections import Counter
import heapq

events = [
    {"user": "alice", "action": "login", "ms": 120, "ok": True, "tags": ["web"]},
    {"user": "bob", "action": "upload", "ms": 3400, "ok": False, "error": "timeout", "tags": []},
    {"user": "alice", "action": "upload", "ms": 950.5, "ok": True, "tags": ["web", "big"]},
    {"user": "carol", "action": "login", "ms": 80, "ok": True, "meta": {"ip": "10.0.0.1", "geo": None}},
    {"user": "bob", "action": "logout", "ms": 5, "ok": True, "note": "caf\u00e9 \u2603"},
]

def write_jsonl(path, items):
    with open(path, 'w', encoding='utf-8') as f:
        for it in items:
            f.write(json.dumps(it) + '\n')

def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {lineno}: {e}")

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'events.jsonl')
    write_jsonl(p, events)
    with open(p, 'a') as f:
        f.write('{"user": "dave", "action": \n')
        f.write('\n')
        f.write('[1, 2,]\n')
        f.write('{"user": "eve", "action": "login", "ms": 1e3, "ok": true}\n')
    print(open(p).read())
    recs = list(read_jsonl(p))

print(len(recs))
c = Counter(r['action'] for r in recs)
print(c, c.most_common())
slow = heapq.nlargest(3, recs, key=lambda r: r['ms'])
for r in slow:
    print(r['user'], r['ms'])
print(json.dumps(recs[3], indent=2, sort_keys=True))
print(json.dumps(recs[4], ensure_ascii=False))
print(json.dumps(recs[4]))
print(json.dumps({'a': 1.0, 'b': 1e-7, 'c': 12345678901234567890, 'd': float('inf'), 3: 'x', None: 1, True: 2}))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({'x': (1, 2)}, separators=(',', ':')))
summary = {u: sum(r['ms'] for r in recs if r['user'] == u) for u in sorted({r['user'] for r in recs})}
print(summary)
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 's.json')
    with open(p, 'w') as f:
        json.dump(summary, f, indent=4)
    with open(p) as f:
        print(json.load(f) == summary, repr(open(p).read()))
try:
    json.loads('{"a": 1,\n "b": }')
except ValueError as e:
    print(type(e).__name__, e, e.lineno, e.colno, e.pos)
print(json.loads('[1.5, "\\u00e9", null, 1E2, -0, -0.0]'))
