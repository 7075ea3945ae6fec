# checks that genpy runs this program (app_dependency_resolver, from the second differential-testing corpus) exactly as CPython 3.11 does
deps = {
    "app": ["web", "db", "log"],
    "web": ["http", "log"],
    "db": ["log", "pool"],
    "http": ["socket"],
    "pool": [],
    "socket": [],
    "log": [],
}
def resolve(pkg, deps, seen=None, stack=()):
    if seen is None: seen = []
    if pkg in stack:
        raise ValueError("cycle: " + " -> ".join(stack + (pkg,)))
    for d in deps.get(pkg, []):
        resolve(d, deps, seen, stack + (pkg,))
    if pkg not in seen:
        seen.append(pkg)
    return seen
print(resolve("app", deps))
deps["socket"] = ["app"]
try:
    resolve("app", deps)
except ValueError as e:
    print(e)
levels = {}
def level(p, deps={k: v for k, v in deps.items() if k != "socket"}):
    if p not in levels:
        levels[p] = 1 + max((level(d) for d in deps.get(p, [])), default=-1)
    return levels[p]
deps2 = dict(deps); deps2["socket"] = []
for p in deps2: level(p)
print(sorted(levels.items(), key=lambda kv: (kv[1], kv[0])))
