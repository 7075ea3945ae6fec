# checks that genpy runs this program (text_json_like_serializer, from the second differential-testing corpus) exactly as CPython 3.11 does
def dumps(o, indent=0, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    sep = "," + nl if indent else ", "
    if o is None: return "null"
    if o is True: return "true"
    if o is False: return "false"
    if isinstance(o, (int, float)): return repr(o)
    if isinstance(o, str):
        esc = o.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{esc}"'
    if isinstance(o, (list, tuple)):
        if not o: return "[]"
        return "[" + nl + sep.join(pad + dumps(x, indent, level + 1) for x in o) + nl + end + "]"
    if isinstance(o, dict):
        if not o: return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in o.items())
        return "{" + nl + sep.join(items) + nl + end + "}"
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
data = {"name": "genpy", "ok": True, "n": None, "vals": [1, 2.5, -3e-5, [], {}], "nested": {"s": 'q"uote\n', "t": (1, False)}, 7: "int key"}
print(dumps(data))
print(dumps(data, indent=2))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
