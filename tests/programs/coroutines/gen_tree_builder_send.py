# checks that genpy runs this program (gen_tree_builder_send, from the second differential-testing corpus) exactly as CPython 3.11 does
def tree_builder():
    root = {"name": "root", "children": []}
    stack = [root]
    while True:
        ev = yield
        if ev is None:
            break
        kind, name = ev
        if kind == "open":
            node = {"name": name, "children": []}
            stack[-1]["children"].append(node)
            stack.append(node)
        elif kind == "close":
            assert stack[-1]["name"] == name, f"mismatch {name}"
            stack.pop()
    return root
def render(node, depth=0):
    yield "  " * depth + node["name"]
    for c in node["children"]:
        yield from render(c, depth + 1)
b = tree_builder(); next(b)
for ev in [("open", "html"), ("open", "head"), ("close", "head"), ("open", "body"), ("open", "p"), ("close", "p"), ("open", "div"), ("close", "div"), ("close", "body"), ("close", "html")]:
    b.send(ev)
try:
    b.send(None)
except StopIteration as e:
    print("\n".join(render(e.value)))
b2 = tree_builder(); next(b2)
b2.send(("open", "a"))
try:
    b2.send(("close", "b"))
except AssertionError as e:
    print("AssertionError:", e)
