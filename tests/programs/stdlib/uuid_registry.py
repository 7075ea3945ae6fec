# uuid in a small asset registry: stable ids derived from names with uuid5, random
# ids for sessions, ids parsed back from their text forms and used as dict keys.
import uuid

ASSETS = uuid.uuid5(uuid.NAMESPACE_URL, "https://assets.example.com/")
registry = {}
for path in ["img/logo.png", "css/site.css", "js/app.js", "img/logo.png"]:
    key = uuid.uuid5(ASSETS, path)
    registry.setdefault(key, []).append(path)
for key in sorted(registry):
    print(key, registry[key])
first = sorted(registry)[0]
print(registry[uuid.UUID(first.hex)], registry[uuid.UUID(first.urn)], registry[uuid.UUID("{%s}" % first)])
sessions = [uuid.uuid4() for _ in range(50)]
print(len(set(sessions)), all(s.version == 4 for s in sessions), all(str(s)[14] == "4" for s in sessions))
print(all(str(s)[19] in "89ab" for s in sessions))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com").hex, uuid.uuid5(uuid.NAMESPACE_DNS, "example.com").bytes)
