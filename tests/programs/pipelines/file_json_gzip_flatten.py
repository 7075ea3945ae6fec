import json, os, tempfile, gzip
from collections import defaultdict
from itertools import islice

docs = [
    {"id": i, "name": f"item{i}", "price": round(i * 1.1, 2), "tags": ["a", "b"][: i % 3],
     "dims": {"w": i, "h": i / 2}, "active": i % 2 == 0, "parent": None if i < 3 else i // 3}
    for i in range(10)
]

def flatten(d, prefix=''):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        elif isinstance(v, list):
            yield key, ','.join(map(str, v))
        else:
            yield key, v

def stream_json(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            yield json.loads(line)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'docs.jsonl.gz')
    with gzip.open(p, 'wt', encoding='utf-8') as f:
        for doc in docs:
            json.dump(doc, f, sort_keys=True)
            f.write('\n')
    flat = [dict(flatten(doc)) for doc in stream_json(p)]
    for row in islice(flat, 4):
        print(row)
    children = defaultdict(list)
    for doc in stream_json(p):
        children[doc['parent']].append(doc['id'])
    print(dict(children))
    cols = sorted({k for r in flat for k in r})
    print(cols)
    for r in flat[:3]:
        print(' | '.join(f"{str(r.get(c, '')):>6}" for c in cols))
    j = json.dumps(docs[4], indent=2)
    print(j)
    back = json.loads(j, object_hook=lambda o: {k.upper(): v for k, v in o.items()})
    print(back)
    print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"x": 1}', object_pairs_hook=list))
    print(json.loads('[1.10, 2e3, 1e400]', parse_float=str), json.loads('123456789012345678901234567890'))
    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)
    print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps({'t': (1,)}, default=str))
    try:
        json.dumps({'s': {1}})
    except TypeError as e:
        print(e)
    print(json.dumps("tab\t\"q\" \\ \u0001 \u2028 😀"), json.dumps("😀", ensure_ascii=False))
    print(json.dumps([1.0, 0.1, 1e100, 3.14159265358979, -0.0, 100.0, 1e-320]))
    print(json.dumps({'a': 1, 'b': [1, 2]}, indent=0), json.dumps({'a': {}}, indent=3, separators=(',', ': ')))
