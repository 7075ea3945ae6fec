from collections import ChainMap

defaults = {"color": "red", "user": "guest", "depth": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm.get("missing", "-"), len(cm))
print(list(cm), sorted(cm.items()))
print("depth" in cm, "nope" in cm, bool(cm), bool(ChainMap()))
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
child = cm.new_child({"depth": 9})
print(child["depth"], child.parents["depth"], len(child.maps))
print(repr(ChainMap({"a": 1}, {"b": 2})))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError", e)
print(cm == {"color": "blue", "user": "admin", "depth": 1})
print(cm.pop("color"), cm["color"])


def layered(*layers):
    view = ChainMap()
    for layer in layers:
        view = view.new_child(layer)
        yield dict(view)


for snapshot in layered({"a": 1}, {"b": 2}, {"a": 3}):
    print(sorted(snapshot.items()))
