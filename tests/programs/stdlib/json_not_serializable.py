# an object of no JSON type, with no default=, is a TypeError
import json

print(json.dumps({"ok": [1, 2]}))
print(json.dumps({"tags": {"a"}}))
