# JSONEncoder.iterencode yields the pieces CPython yields (json.dump writes each)
import json
class P:
    pass
def dflt(o):
    return "P!" if isinstance(o, P) else [1, {"z": None}]
class Tag(str): pass
vals = [1, "s", None, [], {}, [1, 2], [[1], {"a": [2, {}]}, "x", 3.5, True, None, P(), Tag("t")],
        {"a": 1, "b": [1, 2], "c": {"d": {}}, "e": [], 5: P(), "f": set()},
        {(1,): 2, "k": "v"}, P(), set()]
for v in vals:
    for kw in [{}, {"indent": 2}, {"indent": 0, "sort_keys": False}, {"separators": ("", "")}, {"skipkeys": True, "indent": "--"}]:
        try:
            print(list(json.JSONEncoder(default=dflt, **kw).iterencode(v)))
        except TypeError as e:
            print("TypeError", e)
class W:
    def __init__(self): self.n = 0
    def write(self, s): self.n += 1
w = W(); json.dump({"a": [1, 2, {"b": None}]}, w, indent=1); print(w.n)
print(json.JSONEncoder().encode("x\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("x\u00e9"))
print(json.JSONEncoder().iterencode([1], _one_shot=True))
