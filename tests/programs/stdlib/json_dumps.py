# json.dumps: CPython's exact text for every option of the encoder
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "score": 9.5,
        "ok": True, "none": None, "nested": {"t": (1, 2), "empty": [], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, separators=(", ", " = ")))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))
print(json.dumps("plain"), json.dumps(42), json.dumps(None), json.dumps(False))

# floats are written as float.__repr__ writes them
for f in [0.1, 0.1 + 0.2, 1e16, 1e-7, 123456789.0, -0.0, 1.0, 2.5e-300, 1e22, 3.141592653589793]:
    print(json.dumps(f), end=" ")
print()
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps(10 ** 30), json.dumps(-(2 ** 64)))

# keys: int, float, bool and None become strings; sort_keys orders them
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): "t", "k": "v"}, skipkeys=True))
print(json.dumps({(1, 2): "t"}, skipkeys=True, indent=2))

# strings: escapes, ensure_ascii and surrogate pairs
s = 'quote " backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \x00 us \x1f del \x7f'
print(json.dumps(s))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \u4e2d"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \u4e2d", ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e8"}, ensure_ascii=False))

# default= and a JSONEncoder subclass
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode_point))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"tags": {"b", "a"}, "pts": [Point(0, 1), Point(2, 3)]}, cls=SetEncoder))
print(SetEncoder(indent=1).encode({"f": frozenset([2, 1])}))

# subclasses of the built-in types encode as their base type
class Tag(str):
    pass

class Count(int):
    pass

class Rows(list):
    pass

class Record(dict):
    pass

print(json.dumps([Tag("t"), Count(3), Rows([1, 2]), Record(a=1), (4, 5)]))
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"z": [1, {"y": 2, "x": 1}]}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator == ",")
print(json.encoder.encode_basestring_ascii("\u00e9\n"), json.encoder.encode_basestring("\u00e9\n"))
