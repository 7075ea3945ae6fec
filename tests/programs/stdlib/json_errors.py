# json errors: JSONDecodeError's messages and attributes, the encoder's
# TypeErrors and ValueErrors, CPython's recursion errors
import json

bad = ['', ' ', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '{a:1}',
       '"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\u12zz"', '1 2', '-', '01', '1.',
       '1e', 'nan', '[', '{', '{"a":', '["a', 'tru', '[1,2', '"\\', '\n\n  [1,\n  x]',
       '{"a":1}x', '"\u00e9\u00e9" x', '[1, 2] // comment', "{'single': 1}",
       '"\\u0001', '"\\ud83d\\u12', '"\\ud83d\\x"', '["\\ud83d", 1 2]', '"\\ud83d\\uzzzz"']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s)

try:
    json.loads("\ufeff[]")
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
print(json.JSONDecodeError.__mro__)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(repr(e), e.lineno, e.colno)

for thing in [set(), {1}, object, object(), range(3), len]:
    try:
        json.dumps(thing)
    except TypeError as e:
        print("TypeError:", e)

for key in [(1, 2), frozenset(), object()]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print("TypeError:", e)

try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

for f in [float("nan"), float("inf"), -float("inf")]:
    try:
        json.dumps([f], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps({f: 1}, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {"k": []}
d["k"].append(d)
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))

class Loop:
    pass

try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)

import sys
sys.setrecursionlimit(200)
for text in ["[" * 500 + "]" * 500, '{"a":' * 500 + "1" + "}" * 500]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)

for arg in [5, None, ["[]"]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError:", e)

def strict_hook(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate keys in {keys}")
    return dict(pairs)

try:
    json.loads('{"a": 1, "b": {"x": 1, "x": 2}}', object_pairs_hook=strict_hook)
except ValueError as e:
    print("ValueError:", e)

try:
    json.loads('[1, 2.5]', parse_float=int)
except ValueError as e:
    print("ValueError:", e)
