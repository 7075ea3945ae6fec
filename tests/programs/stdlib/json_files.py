# json.dump and json.load with real files, pretty-printed and compact
import json

config = {"version": 3, "servers": [{"host": "a.example", "port": 8080, "tls": True},
                                    {"host": "b.example", "port": 8443, "tls": False}],
          "limits": {"rps": 12.5, "burst": None}, "name": "caf\u00e9"}
with open("json_files_config.json", "w") as f:
    json.dump(config, f, indent=2, sort_keys=True)
with open("json_files_config.json") as f:
    text = f.read()
print(text)
with open("json_files_config.json") as f:
    back = json.load(f)
print(back == config, back["servers"][1]["port"])

with open("json_files_compact.json", "w") as f:
    json.dump(config, f, separators=(",", ":"), ensure_ascii=False)
with open("json_files_compact.json") as f:
    print(f.read())
with open("json_files_compact.json") as f:
    print(json.load(f, object_pairs_hook=lambda kv: [k for k, _ in kv]))

with open("json_files_plain.json", "w") as f:
    json.dump([1, "two", 3.0], f)
with open("json_files_plain.json") as f:
    print(repr(f.read()))

