# json.loads: values, hooks, raw_decode and JSONDecoder subclasses
import json

doc = '''
{
  "name": "Ada", "langs": ["en", "fr"], "age": 36, "score": 9.5,
  "ok": true, "no": false, "none": null,
  "nested": {"t": [1, 2], "empty": [], "e": {}},
  "esc": "a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20ac\\ud83d\\ude00"
}
'''
d = json.loads(doc)
print(d)
print(type(d["age"]), type(d["score"]), d["esc"])
print(json.loads("[1.5, 1E400, -1e-400, 123456789012345678901234567890, -0, 1.0e+2, 0.5E-3]"))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('  "padded"  '), json.loads("3"), json.loads("true"), json.loads("null"))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('"caf\u00e9 \U0001f600"'))

# hooks
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=lambda pairs: pairs))
from collections import OrderedDict
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.25, 2, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"tab\there"', strict=False))

# raw_decode and JSONDecoder
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1, 2]yy', 2))
print(dec.raw_decode('"\u00e9\u00e9" [1]', 0), dec.raw_decode('"\u00e9\u00e9" [1]', 5))
print(dec.decode(' [true] '))

def decode_stream(text):
    """Several JSON documents in one string, one after another."""
    dec = json.JSONDecoder()
    i = 0
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            break
        obj, i = dec.raw_decode(text, i)
        yield obj

print(list(decode_stream('{"a": 1} [2, 3]\n"four" 5.0 null ')))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d

print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', cls=PointDecoder))
print(dec.parse_float is float, dec.parse_int is int, dec.strict, dec.object_hook)
print(dec.parse_constant("NaN"), dec.parse_constant("-Infinity"))

# round trips
for value in [{"k": [1, 2.5, "x", None, True]}, [], {}, "", [[[]]], {"\u00e9": "\U0001f600"}]:
    text = json.dumps(value)
    assert json.loads(text) == value, value
    assert json.loads(json.dumps(value, indent=3, sort_keys=True)) == value
print("round trips ok")

# strict is taken by truth value, __bool__ included
class No:
    def __bool__(self):
        return False

print(json.loads('"a\tb"', strict=No()))
